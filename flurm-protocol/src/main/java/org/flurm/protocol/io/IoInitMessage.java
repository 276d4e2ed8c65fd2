package org.flurm.protocol.io;

import java.util.Objects;

/**
 * The first message on a task I/O connection ({@code io_init_msg_t}): slurmstepd, connecting
 * to one of srun's I/O ports, says which node it speaks for and proves it belongs to the step.
 *
 * <p>The array is neither copied nor compared by value.
 *
 * @param version        the sender's protocol version (0x2600 for 22.05)
 * @param nodeId         the node's index in the step
 * @param stdoutObjects  how many stdout streams the node will send (one per task unless
 *                       output goes to files)
 * @param stderrObjects  likewise for stderr
 * @param ioKey          the step credential's signature, which srun compares with its own
 */
public record IoInitMessage(int version, int nodeId, int stdoutObjects, int stderrObjects,
                            byte[] ioKey) {

    public IoInitMessage {
        Objects.requireNonNull(ioKey, "ioKey");
    }
}
