package org.flurm.protocol.dbd;

import static org.flurm.protocol.dbd.DbdMessageType.*;

import java.util.List;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.DecodeException.Kind;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The body layout of every DBD message FLURM speaks, by message type: {@link #decode} gives
 * the record (a {@link DbdList} for list messages, a {@link Modify} for modify messages, a
 * condition record for GET_* and REMOVE_*), {@link #encode} writes it back byte for byte.
 */
public final class DbdCodec {

    private DbdCodec() {
    }

    /** Decodes a whole body; trailing bytes are an error. */
    public static Object decode(int msgType, byte[] body) throws DecodeException {
        final Unpacker in = new Unpacker(body);
        final Object message = read(msgType, in);
        in.expectEnd(DbdMessageType.nameOf(msgType));
        return message;
    }

    /** The body bytes of a message of {@code msgType}. */
    public static byte[] encode(int msgType, Object message) {
        final Packer out = new Packer();
        write(msgType, message, out);
        return out.toByteArray();
    }

    /** A frame holding {@code message}. */
    public static DbdFrame frame(int msgType, Object message) {
        return new DbdFrame(msgType, encode(msgType, message));
    }

    private static Object read(int type, Unpacker in) throws DecodeException {
        return switch (type) {
            case PERSIST_RC -> new PersistRc(in.str(), in.u16(), in.u32(), in.u16());
            case DBD_FINI -> new Fini(in.u16(), in.u16());
            case DBD_ADD_ACCOUNTS, DBD_GOT_ACCOUNTS -> list(in, SlurmdbPack::readAccount);
            case DBD_ADD_ASSOCS, DBD_GOT_ASSOCS -> list(in, SlurmdbPack::readAssoc);
            case DBD_ADD_CLUSTERS, DBD_GOT_CLUSTERS -> list(in, SlurmdbPack::readCluster);
            case DBD_ADD_USERS, DBD_GOT_USERS -> list(in, SlurmdbPack::readUser);
            case DBD_ADD_QOS, DBD_GOT_QOS -> list(in, SlurmdbPack::readQos);
            case DBD_GOT_TRES -> list(in, SlurmdbPack::readTres);
            case DBD_GOT_JOBS -> list(in, SlurmdbPack::readJob);
            case DBD_GOT_LIST -> list(in, Unpacker::str);
            case DBD_GOT_RES, DBD_GOT_FEDERATIONS -> emptyList(in, type);
            case DBD_GET_ACCOUNTS, DBD_REMOVE_ACCOUNTS -> DbdConditions.readAccountCond(in);
            case DBD_GET_ASSOCS, DBD_REMOVE_ASSOCS -> DbdConditions.readAssocCond(in);
            case DBD_GET_CLUSTERS, DBD_REMOVE_CLUSTERS -> DbdConditions.readClusterCond(in);
            case DBD_GET_USERS, DBD_REMOVE_USERS -> DbdConditions.readUserCond(in);
            case DBD_GET_QOS, DBD_REMOVE_QOS -> DbdConditions.readQosCond(in);
            case DBD_GET_TRES -> DbdConditions.readTresCond(in);
            case DBD_GET_RES -> DbdConditions.readResCond(in);
            case DBD_GET_FEDERATIONS -> DbdConditions.readFederationCond(in);
            case DBD_GET_JOBS_COND -> DbdConditions.readJobCond(in);
            case DBD_MODIFY_ACCOUNTS -> new Modify<>(DbdConditions.readAccountCond(in),
                    SlurmdbPack.readAccount(in));
            case DBD_MODIFY_ASSOCS -> new Modify<>(DbdConditions.readAssocCond(in),
                    SlurmdbPack.readAssoc(in));
            case DBD_MODIFY_CLUSTERS -> new Modify<>(DbdConditions.readClusterCond(in),
                    SlurmdbPack.readCluster(in));
            case DBD_MODIFY_USERS -> new Modify<>(DbdConditions.readUserCond(in),
                    SlurmdbPack.readUser(in));
            case DBD_MODIFY_QOS -> new Modify<>(DbdConditions.readQosCond(in),
                    SlurmdbPack.readQos(in));
            case DBD_ADD_ACCOUNT_COORDS, DBD_REMOVE_ACCOUNT_COORDS -> new AcctCoord(
                    in.list("coord accounts", 4, Unpacker::str),
                    DbdConditions.readUserCond(in));
            case DBD_REGISTER_CTLD -> ControllerRecords.readRegisterCtld(in);
            case DBD_CLUSTER_TRES, DBD_FLUSH_JOBS -> ControllerRecords.readClusterTres(in);
            case DBD_NODE_STATE -> ControllerRecords.readNodeState(in);
            case DBD_JOB_START -> ControllerRecords.readJobStart(in);
            case DBD_ID_RC -> ControllerRecords.readIdRc(in);
            case DBD_JOB_COMPLETE -> ControllerRecords.readJobComplete(in);
            case DBD_STEP_START -> ControllerRecords.readStepStart(in);
            case DBD_STEP_COMPLETE -> ControllerRecords.readStepComplete(in);
            case DBD_SEND_MULT_JOB_START -> list(in, ControllerRecords::readJobStart);
            case DBD_GOT_MULT_JOB_START -> list(in, ControllerRecords::readIdRc);
            case DBD_SEND_MULT_MSG, DBD_GOT_MULT_MSG -> list(in, DbdCodec::readInner);
            default -> throw new DecodeException(Kind.UNSUPPORTED,
                    "no layout for " + DbdMessageType.nameOf(type));
        };
    }

    @SuppressWarnings("unchecked")
    private static void write(int type, Object m, Packer out) {
        switch (type) {
            case PERSIST_RC -> {
                final PersistRc rc = (PersistRc) m;
                out.str(rc.comment()).u16(rc.flags()).u32(rc.rc()).u16(rc.retInfo());
            }
            case DBD_FINI -> out.u16(((Fini) m).closeConn()).u16(((Fini) m).commit());
            case DBD_ADD_ACCOUNTS, DBD_GOT_ACCOUNTS ->
                    list(out, (DbdList<AccountRec>) m, SlurmdbPack::writeAccount);
            case DBD_ADD_ASSOCS, DBD_GOT_ASSOCS ->
                    list(out, (DbdList<AssocRec>) m, SlurmdbPack::writeAssoc);
            case DBD_ADD_CLUSTERS, DBD_GOT_CLUSTERS ->
                    list(out, (DbdList<ClusterRec>) m, SlurmdbPack::writeCluster);
            case DBD_ADD_USERS, DBD_GOT_USERS ->
                    list(out, (DbdList<UserRec>) m, SlurmdbPack::writeUser);
            case DBD_ADD_QOS, DBD_GOT_QOS -> list(out, (DbdList<QosRec>) m, SlurmdbPack::writeQos);
            case DBD_GOT_TRES -> list(out, (DbdList<TresRec>) m, SlurmdbPack::writeTres);
            case DBD_GOT_JOBS -> list(out, (DbdList<JobRec>) m, SlurmdbPack::writeJob);
            case DBD_GOT_LIST -> list(out, (DbdList<String>) m, Packer::str);
            case DBD_GOT_RES, DBD_GOT_FEDERATIONS -> list(out, (DbdList<Object>) m, (p, x) -> {
                throw new IllegalArgumentException("resources and federations are not kept");
            });
            case DBD_GET_ACCOUNTS, DBD_REMOVE_ACCOUNTS ->
                    DbdConditions.writeAccountCond(out, (AccountCond) m);
            case DBD_GET_ASSOCS, DBD_REMOVE_ASSOCS ->
                    DbdConditions.writeAssocCond(out, (AssocCond) m);
            case DBD_GET_CLUSTERS, DBD_REMOVE_CLUSTERS ->
                    DbdConditions.writeClusterCond(out, (ClusterCond) m);
            case DBD_GET_USERS, DBD_REMOVE_USERS ->
                    DbdConditions.writeUserCond(out, (UserCond) m);
            case DBD_GET_QOS, DBD_REMOVE_QOS -> DbdConditions.writeQosCond(out, (QosCond) m);
            case DBD_GET_TRES -> DbdConditions.writeTresCond(out, (TresCond) m);
            case DBD_GET_RES -> DbdConditions.writeResCond(out, (ResCond) m);
            case DBD_GET_FEDERATIONS ->
                    DbdConditions.writeFederationCond(out, (FederationCond) m);
            case DBD_GET_JOBS_COND -> DbdConditions.writeJobCond(out, (JobCond) m);
            case DBD_MODIFY_ACCOUNTS -> {
                final var mod = (Modify<AccountCond, AccountRec>) m;
                DbdConditions.writeAccountCond(out, mod.cond());
                SlurmdbPack.writeAccount(out, mod.rec());
            }
            case DBD_MODIFY_ASSOCS -> {
                final var mod = (Modify<AssocCond, AssocRec>) m;
                DbdConditions.writeAssocCond(out, mod.cond());
                SlurmdbPack.writeAssoc(out, mod.rec());
            }
            case DBD_MODIFY_CLUSTERS -> {
                final var mod = (Modify<ClusterCond, ClusterRec>) m;
                DbdConditions.writeClusterCond(out, mod.cond());
                SlurmdbPack.writeCluster(out, mod.rec());
            }
            case DBD_MODIFY_USERS -> {
                final var mod = (Modify<UserCond, UserRec>) m;
                DbdConditions.writeUserCond(out, mod.cond());
                SlurmdbPack.writeUser(out, mod.rec());
            }
            case DBD_MODIFY_QOS -> {
                final var mod = (Modify<QosCond, QosRec>) m;
                DbdConditions.writeQosCond(out, mod.cond());
                SlurmdbPack.writeQos(out, mod.rec());
            }
            case DBD_ADD_ACCOUNT_COORDS, DBD_REMOVE_ACCOUNT_COORDS -> {
                final AcctCoord coord = (AcctCoord) m;
                out.list(coord.accounts(), Packer::str);
                DbdConditions.writeUserCond(out, coord.userCond());
            }
            case DBD_REGISTER_CTLD ->
                    ControllerRecords.writeRegisterCtld(out, (RegisterCtld) m);
            case DBD_CLUSTER_TRES, DBD_FLUSH_JOBS ->
                    ControllerRecords.writeClusterTres(out, (ClusterTres) m);
            case DBD_NODE_STATE -> ControllerRecords.writeNodeState(out, (NodeState) m);
            case DBD_JOB_START -> ControllerRecords.writeJobStart(out, (JobStart) m);
            case DBD_ID_RC -> ControllerRecords.writeIdRc(out, (IdRc) m);
            case DBD_JOB_COMPLETE -> ControllerRecords.writeJobComplete(out, (JobComplete) m);
            case DBD_STEP_START -> ControllerRecords.writeStepStart(out, (StepStart) m);
            case DBD_STEP_COMPLETE ->
                    ControllerRecords.writeStepComplete(out, (StepComplete) m);
            case DBD_SEND_MULT_JOB_START ->
                    list(out, (DbdList<JobStart>) m, ControllerRecords::writeJobStart);
            case DBD_GOT_MULT_JOB_START ->
                    list(out, (DbdList<IdRc>) m, ControllerRecords::writeIdRc);
            case DBD_SEND_MULT_MSG, DBD_GOT_MULT_MSG ->
                    list(out, (DbdList<DbdFrame>) m, DbdCodec::writeInner);
            default -> throw new IllegalArgumentException("no layout for "
                    + DbdMessageType.nameOf(type));
        }
    }

    private static <T> DbdList<T> list(Unpacker in, Unpacker.ElementReader<T> reader)
            throws DecodeException {
        final List<T> items = in.list("list message", 4, reader);
        return new DbdList<>(items, in.u32());
    }

    private static <T> void list(Packer out, DbdList<T> list,
                                 java.util.function.BiConsumer<Packer, T> writer) {
        out.list(list.items(), writer);
        out.u32(list.returnCode());
    }

    /** GOT_RES / GOT_FEDERATIONS: FLURM keeps neither, so only empty lists are read. */
    private static DbdList<Object> emptyList(Unpacker in, int type) throws DecodeException {
        final int count = in.listCount(DbdMessageType.nameOf(type), 4);
        if (count > 0) {
            throw new DecodeException(Kind.UNSUPPORTED, DbdMessageType.nameOf(type)
                    + " with records");
        }
        return new DbdList<>(count < 0 ? null : List.of(), in.u32());
    }

    /** One batched message: u32 length, then u16 type and body. */
    private static DbdFrame readInner(Unpacker in) throws DecodeException {
        final byte[] bytes = in.mem();
        if (bytes == null || bytes.length < 2) {
            throw new DecodeException(Kind.INVALID, "batched message without a type");
        }
        final int type = ((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF);
        return new DbdFrame(type, java.util.Arrays.copyOfRange(bytes, 2, bytes.length));
    }

    private static void writeInner(Packer out, DbdFrame frame) {
        final byte[] encoded = frame.encode();
        out.mem(java.util.Arrays.copyOfRange(encoded, 4, encoded.length));
    }
}
