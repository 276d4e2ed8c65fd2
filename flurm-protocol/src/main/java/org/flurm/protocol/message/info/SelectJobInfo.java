package org.flurm.protocol.message.info;

/**
 * The select plugin's part of a job record ({@code select_jobinfo}, job field #72).
 *
 * <p>Only the plugin id travels for the plugins FLURM speaks (cons_tres, cons_res, linear: their
 * job part is empty). The client looks the id up among the select plugins installed beside it
 * and refuses the whole answer if it is unknown, so the id must match SelectType in the
 * clients' slurm.conf.
 */
public record SelectJobInfo(int pluginId) {

    public static final int CONS_RES = 101;
    public static final int LINEAR = 102;
    public static final int CONS_TRES = 109;

    public static final SelectJobInfo OF_CONS_TRES = new SelectJobInfo(CONS_TRES);

    public SelectJobInfo {
        if (!isSpoken(pluginId)) {
            throw new IllegalArgumentException("select plugin " + pluginId + " not supported");
        }
    }

    /**
     * Whether FLURM knows this plugin's job and node data.
     *
     * <p>LIMIT: the Cray variants (107, 108, 110) and serial (106) carry data of their own and
     * are refused.
     */
    public static boolean isSpoken(int pluginId) {
        return pluginId == CONS_TRES || pluginId == CONS_RES || pluginId == LINEAR;
    }
}
