package org.flurm.protocol.message.slurmd;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The select plugin's per-job data ({@code select_g_select_jobinfo_pack}): the plugin id, then
 * data of the plugin's own, which is empty for cons_tres, cons_res and linear.
 *
 * <p>LIMIT: only those three plugins are understood; the Cray variants carry data this does not
 * read, so a job from them fails to decode. The receiver must know the id, so a sender uses the
 * one matching SelectType in the peers' slurm.conf.
 */
public record SelectJobInfo(int pluginId) {

    public static final int CONS_RES = 101;
    public static final int LINEAR = 102;
    public static final int CONS_TRES = 109;

    public static SelectJobInfo consTres() {
        return new SelectJobInfo(CONS_TRES);
    }

    static SelectJobInfo read(Unpacker in) throws DecodeException {
        final int pluginId = in.u32();
        if (pluginId != CONS_TRES && pluginId != CONS_RES && pluginId != LINEAR) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED,
                    "select plugin " + pluginId + " and its job data");
        }
        return new SelectJobInfo(pluginId);
    }

    void write(Packer out) {
        out.u32(pluginId);
    }
}
