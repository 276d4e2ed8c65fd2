package org.flurm.config.slurm;

import java.util.Locale;
import java.util.Optional;

/**
 * A PreemptMode value as SLURM 22.05 reads it: at most one of OFF (or CLUSTER), CANCEL,
 * REQUEUE, SUSPEND (or ON), optionally with GANG or WITHIN but not both.
 */
record PreemptMode(String mode, boolean gang, boolean within) {

    /** The mode in {@code text}, or empty where SLURM refuses it. */
    static Optional<PreemptMode> parse(String text) {
        String mode = "OFF";
        int modes = 0;
        boolean gang = false;
        boolean within = false;
        for (String word : text.split(",")) {
            switch (word.toUpperCase(Locale.ROOT)) {
                case "GANG" -> gang = true;
                case "WITHIN" -> within = true;
                case "OFF", "CLUSTER" -> modes++;
                case "CANCEL", "REQUEUE" -> {
                    mode = word.toUpperCase(Locale.ROOT);
                    modes++;
                }
                case "SUSPEND", "ON" -> {
                    mode = "SUSPEND";
                    modes++;
                }
                case "" -> {
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (modes > 1 || (gang && within)) {
            return Optional.empty();
        }
        return Optional.of(new PreemptMode(mode, gang, within));
    }
}
