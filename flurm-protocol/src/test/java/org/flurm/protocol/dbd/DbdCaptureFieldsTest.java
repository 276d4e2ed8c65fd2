package org.flurm.protocol.dbd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.testing.DbdCaptures;
import org.flurm.protocol.testing.DbdCaptures.DbdCapturedFrame;
import org.junit.jupiter.api.Test;

/** Decoded captured frames hold the values the real programs sent (wire doc §5). */
class DbdCaptureFieldsTest {

    private static DbdCapturedFrame first(String file, int type) {
        return DbdCaptures.read(file).stream().filter(f -> f.msgType() == type).findFirst()
                .orElseThrow();
    }

    private static Object decode(String file, int type) throws DecodeException {
        return DbdCodec.decode(type, first(file, type).body());
    }

    @Test
    void persistInitNamesTheClusterAndVersion() throws DecodeException {
        final PersistInit init = PersistInitCodec.decode(
                first("sacctmgr_list_user.txt", DbdMessageType.REQUEST_PERSIST_INIT).body());
        assertThat(init.headerVersion()).isEqualTo(0x2600);
        assertThat(init.headerFlags()).isEqualTo(3);
        assertThat(init.version()).isEqualTo(0x2600);
        assertThat(init.clusterName()).isEqualTo("dbdref");
        assertThat(init.persistType()).isEqualTo(PersistInit.PERSIST_TYPE_DBD);
        assertThat(init.port()).isZero();
        assertThat(init.credential()).startsWith("MUNGE:AwQFAAC0tUtu").endsWith(":");
    }

    @Test
    void initIsAnsweredWithTheNegotiatedVersion() throws DecodeException {
        assertThat(decode("sacctmgr_list_user.txt", DbdMessageType.PERSIST_RC))
                .isEqualTo(new PersistRc(null, 0, 0, 0x2600));
    }

    @SuppressWarnings("unchecked")
    @Test
    void gotAssocsCarriesTheNestedSetAndQosIds() throws DecodeException {
        final var list = (DbdList<AssocRec>) decode("sacctmgr_list_assoc_p.txt",
                DbdMessageType.DBD_GOT_ASSOCS);
        assertThat(list.items()).extracting(AssocRec::acct, AssocRec::user, AssocRec::lft,
                AssocRec::rgt).contains(
                org.assertj.core.groups.Tuple.tuple("root", null, 1, 10),
                org.assertj.core.groups.Tuple.tuple("physics", "dbdalice", 5, 6));
        final AssocRec alice = list.items().stream()
                .filter(a -> "dbdalice".equals(a.user())).findFirst().orElseThrow();
        assertThat(alice.qosList()).containsExactly("1", "2");
        assertThat(alice.parentAcct()).isNull();
        assertThat(alice.maxJobs()).isEqualTo(Sentinels.INFINITE);
        assertThat(alice.cluster()).isEqualTo("dbdref");
    }

    @SuppressWarnings("unchecked")
    @Test
    void addQosCarriesPriorityAndMaxWall() throws DecodeException {
        final var list = (DbdList<QosRec>) decode("sacctmgr_add_qos.txt",
                DbdMessageType.DBD_ADD_QOS);
        final QosRec high = list.items().getFirst();
        assertThat(high.name()).isEqualTo("high");
        assertThat(high.priority()).isEqualTo(10);
        assertThat(high.maxWallPj()).isEqualTo(60);
    }

    @Test
    void sacctJAsksForOneJobWithoutAWindow() throws DecodeException {
        final JobCond cond = (JobCond) decode("sacct_j.txt", DbdMessageType.DBD_GET_JOBS_COND);
        assertThat(cond.clusterList()).containsExactly("dbdref");
        assertThat(cond.stepList()).containsExactly(new SelectedStep(1, Sentinels.NO_VAL,
                Sentinels.NO_VAL, Sentinels.NO_VAL, Sentinels.NO_VAL));
        assertThat(cond.usageStart()).isZero();
        assertThat(cond.flags()).isEqualTo(JobCond.FLAG_NO_TRUNC);
    }

    @SuppressWarnings("unchecked")
    @Test
    void gotJobsCarriesTheJobAndItsSteps() throws DecodeException {
        final var list = (DbdList<JobRec>) decode("sacct_j.txt", DbdMessageType.DBD_GOT_JOBS);
        final JobRec job = list.items().getFirst();
        assertThat(job.jobid()).isEqualTo(1);
        assertThat(job.jobname()).isEqualTo("acctjob");
        assertThat(job.showFull()).isEqualTo(1);
        assertThat(job.state()).isEqualTo(3);
        assertThat(job.user()).isEqualTo("root");
        assertThat(job.steps()).extracting(StepRec::stepname).contains("batch");
    }

    @Test
    void modifyUserAdminLevelSendsTheNewLevel() throws DecodeException {
        @SuppressWarnings("unchecked")
        final var modify = (Modify<UserCond, UserRec>) decode("sacctmgr_modify_user_admin.txt",
                DbdMessageType.DBD_MODIFY_USERS);
        assertThat(modify.cond().assocCond().userList()).containsExactly("dbdbob");
        assertThat(modify.rec().adminLevel()).isEqualTo(UserRec.ADMIN_OPERATOR);
    }

    @Test
    void denialIsAccessDeniedWithSlurmsComment() throws DecodeException {
        final List<DbdCapturedFrame> frames = DbdCaptures.read("deny_add_account.txt");
        final DbdCapturedFrame last = frames.stream()
                .filter(f -> f.msgType() == DbdMessageType.PERSIST_RC).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(DbdCodec.decode(last.msgType(), last.body())).isEqualTo(new PersistRc(
                "Your user doesn't have privilege to perform this action", 0, 2002,
                DbdMessageType.DBD_ADD_ACCOUNTS));
    }

    @Test
    void jobCompleteCarriesTheWaitStatus() throws DecodeException {
        final JobComplete done = (JobComplete) decode("job_lifecycle_user_fail.txt",
                DbdMessageType.DBD_JOB_COMPLETE);
        assertThat(done.jobId()).isEqualTo(2);
        assertThat(done.exitCode()).isEqualTo(768);
        assertThat(done.jobState()).isEqualTo(5);
        assertThat(done.dbIndex()).isZero();
    }
}
