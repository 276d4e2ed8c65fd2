package org.flurm.protocol.message.info;

import java.util.ArrayList;
import java.util.List;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;

/** Decoded bodies of one message type in one capture file, for tests that read their fields. */
final class CapturedBodies {

    private CapturedBodies() {
    }

    /** Every body of {@code msgType} in {@code file}, decoded, in capture order. */
    static <T extends MessageBody> List<T> all(String file, int msgType, Class<T> type)
            throws DecodeException {
        final List<T> bodies = new ArrayList<>();
        for (CapturedFrame frame : Captures.read(file)) {
            if (frame.msgType() == msgType) {
                final MessageBody body =
                        MessageCodecs.decode(msgType, frame.body(), frame.version());
                bodies.add(type.cast(body));
            }
        }
        return bodies;
    }

    /** The one body of {@code msgType} in {@code file}; fails if there is not exactly one. */
    static <T extends MessageBody> T only(String file, int msgType, Class<T> type)
            throws DecodeException {
        final List<T> bodies = all(file, msgType, type);
        if (bodies.size() != 1) {
            throw new AssertionError(file + " has " + bodies.size() + " bodies of " + msgType);
        }
        return bodies.get(0);
    }

    /** The last body of {@code msgType} in {@code file}. */
    static <T extends MessageBody> T last(String file, int msgType, Class<T> type)
            throws DecodeException {
        final List<T> bodies = all(file, msgType, type);
        if (bodies.isEmpty()) {
            throw new AssertionError(file + " has no body of " + msgType);
        }
        return bodies.get(bodies.size() - 1);
    }
}
