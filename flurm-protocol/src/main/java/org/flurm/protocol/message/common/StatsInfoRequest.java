package org.flurm.protocol.message.common;

import org.flurm.protocol.message.MessageBody;

/**
 * REQUEST_STATS_INFO (2035), sent by {@code sdiag}: fetch the controller's statistics, or
 * reset them ({@code sdiag --reset}).
 *
 * @param commandId  {@link #STAT_COMMAND_GET} or {@link #STAT_COMMAND_RESET} (u16)
 */
public record StatsInfoRequest(int commandId) implements MessageBody {

    /** Clear the counters. */
    public static final int STAT_COMMAND_RESET = 0;
    /** Send the counters. */
    public static final int STAT_COMMAND_GET = 1;

    public StatsInfoRequest {
        if (commandId < 0 || commandId > 0xFFFF) {
            throw new IllegalArgumentException("stats command " + commandId + " is not a u16");
        }
    }
}
