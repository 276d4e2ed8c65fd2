package org.flurm.protocol.dbd;

import static org.flurm.protocol.dbd.AccountingUpdate.*;

import java.util.ArrayList;
import java.util.List;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.DecodeException.Kind;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The body of ACCOUNTING_UPDATE_MSG (wire doc §6): a count, then per update object its u16
 * type and a NULL-able list of the records that type carries (the cluster types carry none).
 */
public final class AccountingUpdateCodec {

    private AccountingUpdateCodec() {
    }

    public static List<AccountingUpdate> decode(byte[] body) throws DecodeException {
        final Unpacker in = new Unpacker(body);
        final int count = in.arrayCount("update_list", 2);
        final List<AccountingUpdate> updates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final int type = in.u16();
            final List<?> records = switch (type) {
                case ADD_USER, ADD_COORD, MODIFY_USER, REMOVE_USER, REMOVE_COORD ->
                        in.list("users", 4, SlurmdbPack::readUser);
                case ADD_ASSOC, MODIFY_ASSOC, REMOVE_ASSOC, REMOVE_ASSOC_USAGE ->
                        in.list("associations", 4, SlurmdbPack::readAssoc);
                case ADD_QOS, REMOVE_QOS, MODIFY_QOS, REMOVE_QOS_USAGE ->
                        in.list("qos", 4, SlurmdbPack::readQos);
                case ADD_CLUSTER, REMOVE_CLUSTER -> null;
                default -> throw new DecodeException(Kind.UNSUPPORTED, "update type " + type);
            };
            updates.add(new AccountingUpdate(type, records));
        }
        in.expectEnd("ACCOUNTING_UPDATE_MSG");
        return updates;
    }

    public static byte[] encode(List<AccountingUpdate> updates) {
        final Packer out = new Packer();
        out.u32(updates.size());
        for (AccountingUpdate update : updates) {
            out.u16(update.type());
            switch (update.type()) {
                case ADD_USER, ADD_COORD, MODIFY_USER, REMOVE_USER, REMOVE_COORD ->
                        out.list(cast(update.records(), UserRec.class), SlurmdbPack::writeUser);
                case ADD_ASSOC, MODIFY_ASSOC, REMOVE_ASSOC, REMOVE_ASSOC_USAGE ->
                        out.list(cast(update.records(), AssocRec.class), SlurmdbPack::writeAssoc);
                case ADD_QOS, REMOVE_QOS, MODIFY_QOS, REMOVE_QOS_USAGE ->
                        out.list(cast(update.records(), QosRec.class), SlurmdbPack::writeQos);
                case ADD_CLUSTER, REMOVE_CLUSTER -> {
                    // the type alone
                }
                default -> throw new IllegalArgumentException("update type " + update.type());
            }
        }
        return out.toByteArray();
    }

    private static <T> List<T> cast(List<?> records, Class<T> kind) {
        return records == null ? null : records.stream().map(kind::cast).toList();
    }
}
