package org.flurm.protocol.message.slurmd;

import java.util.List;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Unpacker;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;

/**
 * Which captured frames a body test can use on its own.
 *
 * <p>The rule: a frame whose header carries forwarded replies (ret_cnt > 0, the aggregated
 * answers of the TreeWidth=2 captures) is left out, because those replies sit inside the header
 * and {@link CapturedFrame#body()} refuses them. Frames that are themselves being forwarded
 * (forward_cnt > 0) keep their body and are used.
 */
final class SlurmdCaptures {

    private SlurmdCaptures() {
    }

    /** Every captured frame of the type, minus those carrying forwarded replies. */
    static List<CapturedFrame> readable(int msgType) {
        return Captures.ofType(msgType).stream().filter(f -> !carriesForwardedReplies(f)).toList();
    }

    /** One frame by capture file and message type, the n-th of that type in the file. */
    static CapturedFrame frame(String file, int msgType, int n) {
        return Captures.read(file).stream().filter(f -> f.msgType() == msgType).toList().get(n);
    }

    /** Reads the header up to ret_cnt: version, flags, type, body length, forwarding. */
    static boolean carriesForwardedReplies(CapturedFrame frame) {
        final byte[] bytes = frame.frame();
        final Unpacker in = new Unpacker(bytes, 4, bytes.length - 4);
        try {
            in.skip(2 + 2 + 2 + 4);
            if (in.u16() > 0) {
                in.str();
                in.skip(4 + 2);
            }
            return in.u16() > 0;
        } catch (DecodeException e) {
            throw new IllegalStateException(frame + ": header unreadable", e);
        }
    }
}
