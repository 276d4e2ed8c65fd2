package org.flurm.protocol.dbd;

/**
 * REQUEST_PERSIST_INIT: the first frame of a persistent connection, an ordinary SLURM header
 * and MUNGE credential behind the frame's u16 type. {@code body} is the exact body the
 * credential's hash covers.
 */
public record PersistInit(int headerVersion, int headerFlags, String credential, int version,
                          String clusterName, int persistType, int port, byte[] body) {

    /** PERSIST_TYPE_DBD. */
    public static final int PERSIST_TYPE_DBD = 1;

    /** Leaves the credential out: it can be replayed until it expires. */
    @Override
    public String toString() {
        return "PersistInit[version 0x" + Integer.toHexString(version) + ", cluster "
                + clusterName + ", type " + persistType + ", port " + port + "]";
    }
}
