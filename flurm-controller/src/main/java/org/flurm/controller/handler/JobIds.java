package org.flurm.controller.handler;

import org.flurm.protocol.pack.Sentinels;

/** Reads the job id strings that scancel and scontrol send. */
final class JobIds {

    private JobIds() {
    }

    /**
     * The job id in {@code text}, else {@code fallback} when text is null; NO_VAL when text is
     * not a plain job id (array and het job expressions are not read).
     */
    static int parse(String text, int fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseUnsignedInt(text.strip());
        } catch (NumberFormatException e) {
            return Sentinels.NO_VAL;
        }
    }
}
