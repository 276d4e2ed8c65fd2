package org.flurm.protocol.dbd;

import java.util.List;

/** The list message of slurmdbd_pack_list_msg: records (null = no list) and a return code. */
public record DbdList<T>(List<T> items, int returnCode) {

    public static <T> DbdList<T> of(List<T> items) {
        return new DbdList<>(items, 0);
    }
}
