package org.flurm.protocol.frame;

import java.util.List;
import java.util.Objects;

import org.flurm.protocol.ProtocolVersion;

/**
 * The header that starts every SLURM message ({@code pack_header}): which protocol version and
 * message type follow, how long the body is, and the forwarding state of a fan-out.
 *
 * @param version     the protocol version, one of {@link ProtocolVersion}'s
 * @param flags       header flag bits ({@link #SLURM_GLOBAL_AUTH_KEY} and others)
 * @param msgType     the message type id (see {@code MessageType})
 * @param bodyLength  the exact byte length of the body
 * @param forward     the nodes to relay to, or null when there are none
 * @param returns     replies gathered from the nodes relayed to; empty in all but slurmd
 *                    replies to forwarded messages
 * @param origAddr    the sender's address, {@link OrigAddr#unspec()} if not given
 */
public record Header(int version, int flags, int msgType, int bodyLength, Forward forward,
                     List<ReturnEntry> returns, OrigAddr origAddr) {

    /** The credential is checked against the federation's global key (sent with -M). */
    public static final int SLURM_GLOBAL_AUTH_KEY = 0x0001;
    /**
     * The message goes to slurmdbd, whose header puts the message type before the version.
     * FLURM does not read or write that form in this codec.
     */
    public static final int SLURMDBD_CONNECTION = 0x0002;

    public Header {
        checkU16("version", version);
        checkU16("flags", flags);
        checkU16("message type", msgType);
        if (bodyLength < 0) {
            throw new IllegalArgumentException("negative body length " + bodyLength);
        }
        returns = List.copyOf(returns);
        if (returns.size() > 0xFFFF) {
            throw new IllegalArgumentException(returns.size() + " returns do not fit a u16");
        }
        Objects.requireNonNull(origAddr, "origAddr");
    }

    /** A header with nothing forwarded, no gathered replies and no sender address. */
    public static Header of(int version, int flags, int msgType, int bodyLength) {
        return new Header(version, flags, msgType, bodyLength, null, List.of(), OrigAddr.unspec());
    }

    /** The same header describing a body of another length. */
    public Header withBodyLength(int length) {
        return new Header(version, flags, msgType, length, forward, returns, origAddr);
    }

    private static void checkU16(String what, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(what + " " + value + " is not a u16");
        }
    }
}
