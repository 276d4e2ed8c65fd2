package org.flurm.protocol.io;

import java.io.IOException;
import java.io.OutputStream;

import org.flurm.protocol.pack.Packer;

/**
 * Writes one task I/O connection in the layout {@link TaskIoReader} reads: the init message,
 * then I/O messages. Each message goes out in a single write so that several writers can share
 * a connection under an outer lock without interleaving bytes.
 */
public final class TaskIoWriter {

    private final OutputStream out;

    public TaskIoWriter(OutputStream out) {
        this.out = out;
    }

    public void writeInit(IoInitMessage init) throws IOException {
        out.write(encodeInit(init));
        out.flush();
    }

    /** Writes one message; data longer than {@link TaskIoReader#MAX_DATA_BYTES} is refused. */
    public void write(IoMessage message) throws IOException {
        out.write(encode(message));
        out.flush();
    }

    static byte[] encodeInit(IoInitMessage init) {
        final Packer packer = new Packer();
        packer.u32(0);
        packer.u16(init.version());
        packer.u32(init.nodeId()).u32(init.stdoutObjects()).u32(init.stderrObjects());
        packer.mem(init.ioKey());
        packer.u32At(0, packer.size() - 4);
        return packer.toByteArray();
    }

    static byte[] encode(IoMessage message) {
        if (message.data().length > TaskIoReader.MAX_DATA_BYTES) {
            throw new IllegalArgumentException("I/O message of " + message.data().length
                    + " bytes, more than " + TaskIoReader.MAX_DATA_BYTES);
        }
        final Packer packer = new Packer(TaskIoReader.HEADER_BYTES + message.data().length);
        packer.u16(message.type()).u16(message.globalTaskId()).u16(message.localTaskId());
        packer.u32(message.data().length);
        packer.raw(message.data());
        return packer.toByteArray();
    }
}
