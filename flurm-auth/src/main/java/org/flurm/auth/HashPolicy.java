package org.flurm.auth;

import java.util.Locale;

/**
 * Which weaker payload forms a receiver still accepts, from slurm.conf's
 * {@code CommunicationParameters}. A K12 payload is always checked; these two options only
 * decide whether the older forms are refused outright.
 *
 * @param blockNullHash refuse credentials without a payload ({@code block_null_hash})
 * @param blockZeroHash refuse type-only NONE payloads ({@code block_zero_hash})
 */
public record HashPolicy(boolean blockNullHash, boolean blockZeroHash) {

    /** SLURM's default: both older forms accepted. */
    public static final HashPolicy DEFAULT = new HashPolicy(false, false);

    /** Reads the two options from a {@code CommunicationParameters} value (null = none). */
    public static HashPolicy fromCommunicationParameters(String parameters) {
        boolean blockNull = false;
        boolean blockZero = false;
        if (parameters != null) {
            for (String option : parameters.split(",")) {
                switch (option.strip().toLowerCase(Locale.ROOT)) {
                    case "block_null_hash" -> blockNull = true;
                    case "block_zero_hash" -> blockZero = true;
                    default -> {
                        // the other options concern sockets, not authentication
                    }
                }
            }
        }
        return new HashPolicy(blockNull, blockZero);
    }
}
