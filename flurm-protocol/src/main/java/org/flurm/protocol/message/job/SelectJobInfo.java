package org.flurm.protocol.message.job;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The select plugin's per-job data ({@code selectjob} on the wire): the plugin id, then data of
 * that plugin's own layout. The plugins FLURM meets (cons_tres, cons_res, linear) add no data,
 * so the id is all there is.
 *
 * <p>LIMIT: the Cray plugins (106-108, 110) carry plugin data; a body naming one is refused as
 * unsupported rather than misread.
 */
public record SelectJobInfo(int pluginId) {

    /** select/cons_res. */
    public static final int CONS_RES = 101;
    /** select/linear. */
    public static final int LINEAR = 102;
    /** select/cons_tres, the default in 22.05 and what every capture carries. */
    public static final int CONS_TRES = 109;

    public static final SelectJobInfo CONS_TRES_DATA = new SelectJobInfo(CONS_TRES);

    /** Reads the plugin id and the (empty) data that follows it. */
    public static SelectJobInfo read(Unpacker in, int protocolVersion) throws DecodeException {
        final int pluginId = in.u32();
        if (pluginId != CONS_TRES && pluginId != CONS_RES && pluginId != LINEAR) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    "select plugin " + Integer.toUnsignedString(pluginId) + " has job data"
                            + " FLURM cannot read");
        }
        return new SelectJobInfo(pluginId);
    }

    public void write(Packer out, int protocolVersion) {
        out.u32(pluginId);
    }
}
