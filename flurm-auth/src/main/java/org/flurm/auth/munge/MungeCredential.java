package org.flurm.auth.munge;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What munged vouches for after decoding a valid credential: who encoded it, the payload it
 * carries and when it was made.
 *
 * @param uid        the uid of the process that encoded the credential
 * @param gid        its gid
 * @param payload    the bytes sealed in the credential (empty when there were none)
 * @param encodeTime when munged encoded it (whole seconds)
 * @param decodeTime when munged decoded it (whole seconds)
 * @param ttl        how long after encoding it stays valid
 */
public record MungeCredential(int uid, int gid, byte[] payload, Instant encodeTime,
                              Instant decodeTime, Duration ttl) {

    public MungeCredential {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MungeCredential that
                && uid == that.uid && gid == that.gid
                && Arrays.equals(payload, that.payload)
                && encodeTime.equals(that.encodeTime)
                && decodeTime.equals(that.decodeTime)
                && ttl.equals(that.ttl);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * uid + gid) + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "MungeCredential[uid=" + uid + ", gid=" + gid
                + ", payload=" + HexFormat.of().formatHex(payload)
                + ", encodeTime=" + encodeTime + ", decodeTime=" + decodeTime
                + ", ttl=" + ttl + "]";
    }
}
