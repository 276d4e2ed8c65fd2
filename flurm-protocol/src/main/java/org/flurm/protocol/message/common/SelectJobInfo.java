package org.flurm.protocol.message.common;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The select plugin's per-job data ({@code select_jobinfo} on the wire): the plugin id, then data
 * of that plugin's own layout. The plugins FLURM speaks (cons_tres, cons_res, linear) add no
 * data, so the id is all there is.
 *
 * <p>The receiver looks the id up among the select plugins installed beside it and refuses the
 * whole message if it is unknown, so a sender uses the id matching SelectType in the peers'
 * slurm.conf.
 *
 * <p>LIMIT: the Cray variants (107, 108, 110) and serial (106) carry data of their own; a body
 * naming one is refused as unsupported rather than misread.
 */
public record SelectJobInfo(int pluginId) {

    /** select/cons_res. */
    public static final int CONS_RES = 101;
    /** select/linear. */
    public static final int LINEAR = 102;
    /** select/cons_tres, the default in 22.05 and what every capture carries. */
    public static final int CONS_TRES = 109;

    public static final SelectJobInfo OF_CONS_TRES = new SelectJobInfo(CONS_TRES);

    /** Whether FLURM knows this plugin's job and node data. */
    public static boolean isSpoken(int pluginId) {
        return pluginId == CONS_TRES || pluginId == CONS_RES || pluginId == LINEAR;
    }

    /** Reads the plugin id and the (empty) data that follows it. */
    public static SelectJobInfo read(Unpacker in) throws DecodeException {
        final int pluginId = in.u32();
        if (!isSpoken(pluginId)) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    "select plugin " + Integer.toUnsignedString(pluginId) + " has job data"
                            + " FLURM cannot read");
        }
        return new SelectJobInfo(pluginId);
    }

    public void write(Packer out) {
        out.u32(pluginId);
    }
}
