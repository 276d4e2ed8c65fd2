package org.flurm.protocol.message.step;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The switch plugin's per-step data ({@code switch_g_pack_jobinfo}): the plugin id, then data
 * of that plugin's layout. switch/none, the only one FLURM speaks, adds no data.
 *
 * <p>LIMIT: cray_aries and hpe_slingshot carry network data of their own; a body naming one is
 * refused as unsupported rather than misread.
 */
public record SwitchJobInfo(int pluginId) {

    /** switch/none ({@code SWITCH_PLUGIN_NONE}). */
    public static final int NONE = 100;

    public static final SwitchJobInfo OF_NONE = new SwitchJobInfo(NONE);

    public static SwitchJobInfo read(Unpacker in) throws DecodeException {
        final int pluginId = in.u32();
        if (pluginId != NONE) {
            throw new DecodeException(DecodeException.Kind.UNSUPPORTED, "switch plugin "
                    + Integer.toUnsignedString(pluginId) + " has step data FLURM cannot read");
        }
        return new SwitchJobInfo(pluginId);
    }

    public void write(Packer out) {
        out.u32(pluginId);
    }
}
