package org.flurm.protocol.dbd;

import static org.flurm.protocol.dbd.SlurmdbPack.readStrList;
import static org.flurm.protocol.dbd.SlurmdbPack.writeStrList;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/** Reads and writes the 22.05 condition records (wire doc §5.5) that select what a GET_* wants. */
public final class DbdConditions {

    private DbdConditions() {
    }

    public static AssocCond readAssocCond(Unpacker in) throws DecodeException {
        return new AssocCond(readStrList(in, "acct_list"), readStrList(in, "cluster_list"),
                readStrList(in, "def_qos_id_list"), readStrList(in, "format_list"),
                readStrList(in, "id_list"), in.u16(), readStrList(in, "partition_list"),
                readStrList(in, "parent_acct_list"), readStrList(in, "qos_list"), in.time(),
                in.time(), readStrList(in, "user_list"), in.u16(), in.u16(), in.u16(),
                in.u16(), in.u16(), in.u16());
    }

    public static void writeAssocCond(Packer out, AssocCond c) {
        writeStrList(out, c.acctList());
        writeStrList(out, c.clusterList());
        writeStrList(out, c.defQosIdList());
        writeStrList(out, c.formatList());
        writeStrList(out, c.idList());
        out.u16(c.onlyDefs());
        writeStrList(out, c.partitionList());
        writeStrList(out, c.parentAcctList());
        writeStrList(out, c.qosList());
        out.time(c.usageEnd()).time(c.usageStart());
        writeStrList(out, c.userList());
        out.u16(c.withUsage()).u16(c.withDeleted()).u16(c.withRawQos()).u16(c.withSubAccts())
                .u16(c.withoutParentInfo()).u16(c.withoutParentLimits());
    }

    public static UserCond readUserCond(Unpacker in) throws DecodeException {
        return new UserCond(in.u16(), readAssocCond(in), readStrList(in, "def_acct_list"),
                readStrList(in, "def_wckey_list"), in.u16(), in.u16(), in.u16(), in.u16());
    }

    public static void writeUserCond(Packer out, UserCond c) {
        out.u16(c.adminLevel());
        writeAssocCond(out, c.assocCond());
        writeStrList(out, c.defAcctList());
        writeStrList(out, c.defWckeyList());
        out.u16(c.withAssocs()).u16(c.withCoords()).u16(c.withDeleted()).u16(c.withWckeys());
    }

    public static AccountCond readAccountCond(Unpacker in) throws DecodeException {
        return new AccountCond(readAssocCond(in), readStrList(in, "description_list"),
                readStrList(in, "organization_list"), in.u16(), in.u16(), in.u16());
    }

    public static void writeAccountCond(Packer out, AccountCond c) {
        writeAssocCond(out, c.assocCond());
        writeStrList(out, c.descriptionList());
        writeStrList(out, c.organizationList());
        out.u16(c.withAssocs()).u16(c.withCoords()).u16(c.withDeleted());
    }

    public static ClusterCond readClusterCond(Unpacker in) throws DecodeException {
        return new ClusterCond(in.u16(), readStrList(in, "cluster_list"),
                readStrList(in, "federation_list"), in.u32(), readStrList(in, "format_list"),
                readStrList(in, "plugin_id_select_list"), readStrList(in, "rpc_version_list"),
                in.time(), in.time(), in.u16(), in.u16());
    }

    public static void writeClusterCond(Packer out, ClusterCond c) {
        out.u16(c.classification());
        writeStrList(out, c.clusterList());
        writeStrList(out, c.federationList());
        out.u32(c.flags());
        writeStrList(out, c.formatList());
        writeStrList(out, c.pluginIdSelectList());
        writeStrList(out, c.rpcVersionList());
        out.time(c.usageEnd()).time(c.usageStart()).u16(c.withUsage()).u16(c.withDeleted());
    }

    public static QosCond readQosCond(Unpacker in) throws DecodeException {
        return new QosCond(readStrList(in, "description_list"), readStrList(in, "format_list"),
                readStrList(in, "id_list"), readStrList(in, "name_list"), in.u16(), in.u16());
    }

    public static void writeQosCond(Packer out, QosCond c) {
        writeStrList(out, c.descriptionList());
        writeStrList(out, c.formatList());
        writeStrList(out, c.idList());
        writeStrList(out, c.nameList());
        out.u16(c.preemptMode()).u16(c.withDeleted());
    }

    public static TresCond readTresCond(Unpacker in) throws DecodeException {
        return new TresCond(in.u64(), readStrList(in, "format_list"), readStrList(in, "id_list"),
                readStrList(in, "name_list"), readStrList(in, "type_list"), in.u16());
    }

    public static void writeTresCond(Packer out, TresCond c) {
        out.u64(c.count());
        writeStrList(out, c.formatList());
        writeStrList(out, c.idList());
        writeStrList(out, c.nameList());
        writeStrList(out, c.typeList());
        out.u16(c.withDeleted());
    }

    public static ResCond readResCond(Unpacker in) throws DecodeException {
        return new ResCond(readStrList(in, "cluster_list"), readStrList(in, "description_list"),
                in.u32(), readStrList(in, "format_list"), readStrList(in, "id_list"),
                readStrList(in, "manager_list"), readStrList(in, "name_list"),
                readStrList(in, "percent_list"), readStrList(in, "server_list"),
                readStrList(in, "type_list"), in.u16(), in.u16());
    }

    public static void writeResCond(Packer out, ResCond c) {
        writeStrList(out, c.clusterList());
        writeStrList(out, c.descriptionList());
        out.u32(c.flags());
        writeStrList(out, c.formatList());
        writeStrList(out, c.idList());
        writeStrList(out, c.managerList());
        writeStrList(out, c.nameList());
        writeStrList(out, c.percentList());
        writeStrList(out, c.serverList());
        writeStrList(out, c.typeList());
        out.u16(c.withDeleted()).u16(c.withClusters());
    }

    public static FederationCond readFederationCond(Unpacker in) throws DecodeException {
        return new FederationCond(readStrList(in, "cluster_list"),
                readStrList(in, "federation_list"), readStrList(in, "format_list"), in.u16());
    }

    public static void writeFederationCond(Packer out, FederationCond c) {
        writeStrList(out, c.clusterList());
        writeStrList(out, c.federationList());
        writeStrList(out, c.formatList());
        out.u16(c.withDeleted());
    }

    public static SelectedStep readSelectedStep(Unpacker in) throws DecodeException {
        return new SelectedStep(in.u32(), in.u32(), in.u32(), in.u32(), in.u32());
    }

    public static void writeSelectedStep(Packer out, SelectedStep s) {
        out.u32(s.jobId()).u32(s.stepId()).u32(s.stepHetComp()).u32(s.arrayTaskId())
                .u32(s.hetJobOffset());
    }

    public static JobCond readJobCond(Unpacker in) throws DecodeException {
        return new JobCond(readStrList(in, "acct_list"), readStrList(in, "associd_list"),
                readStrList(in, "cluster_list"), readStrList(in, "constraint_list"), in.u32(),
                in.u32(), in.u32(), in.u32(), in.u32(), readStrList(in, "format_list"),
                readStrList(in, "groupid_list"), readStrList(in, "jobname_list"), in.u32(),
                in.u32(), readStrList(in, "partition_list"), readStrList(in, "qos_list"),
                readStrList(in, "reason_list"), readStrList(in, "resv_list"),
                readStrList(in, "resvid_list"),
                in.list("step_list", 20, DbdConditions::readSelectedStep),
                readStrList(in, "state_list"), in.u32(), in.u32(), in.time(), in.time(),
                in.str(), readStrList(in, "userid_list"), readStrList(in, "wckey_list"));
    }

    public static void writeJobCond(Packer out, JobCond c) {
        writeStrList(out, c.acctList());
        writeStrList(out, c.associdList());
        writeStrList(out, c.clusterList());
        writeStrList(out, c.constraintList());
        out.u32(c.cpusMax()).u32(c.cpusMin()).u32(c.dbFlags()).u32(c.exitcode()).u32(c.flags());
        writeStrList(out, c.formatList());
        writeStrList(out, c.groupidList());
        writeStrList(out, c.jobnameList());
        out.u32(c.nodesMax()).u32(c.nodesMin());
        writeStrList(out, c.partitionList());
        writeStrList(out, c.qosList());
        writeStrList(out, c.reasonList());
        writeStrList(out, c.resvList());
        writeStrList(out, c.resvidList());
        out.list(c.stepList(), DbdConditions::writeSelectedStep);
        writeStrList(out, c.stateList());
        out.u32(c.timelimitMax()).u32(c.timelimitMin()).time(c.usageEnd()).time(c.usageStart())
                .str(c.usedNodes());
        writeStrList(out, c.useridList());
        writeStrList(out, c.wckeyList());
    }
}
