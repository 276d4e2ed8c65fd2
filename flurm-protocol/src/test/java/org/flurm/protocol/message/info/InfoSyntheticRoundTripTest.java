package org.flurm.protocol.message.info;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.junit.jupiter.api.Test;

/**
 * Records with every field set survive encode then decode unchanged, and their bytes survive
 * decode then encode unchanged: no field is dropped, swapped or written with the wrong width.
 */
class InfoSyntheticRoundTripTest {

    private static final int V22_05 = 0x2600;

    private static <T extends MessageBody> T roundTrip(int msgType, T body, int version)
            throws Exception {
        final byte[] bytes = MessageCodecs.encode(msgType, body, version);
        final MessageBody decoded = MessageCodecs.decode(msgType, bytes, version);
        assertThat(MessageCodecs.encode(msgType, decoded, version)).isEqualTo(bytes);
        @SuppressWarnings("unchecked")
        final T typed = (T) decoded;
        return typed;
    }

    @Test
    void jobRecordsWithEveryFieldSetSurviveARoundTrip() throws Exception {
        final JobInfoResponse response = new JobInfoResponse(1_800_000_900L, 1_800_000_800L,
                List.of(InfoFixtures.everyFieldJob(77), InfoFixtures.everyFieldJob(78)));

        assertThat(roundTrip(2004, response, V22_05)).isEqualTo(response);
    }

    @Test
    void aJobWithoutDetailSectionsSurvivesARoundTrip() throws Exception {
        final JobInfo full = InfoFixtures.everyFieldJob(9);
        final JobInfo bare = new JobInfo(JobInfo.Array.NONE, 0, null, 0, 9, 0, 0,
                JobInfo.HetJob.NONE, 0, full.status(), 0, full.times(), 0, full.priority(),
                null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, 0, 0, null, null,
                SelectJobInfo.OF_CONS_TRES,
                new JobDetails(null, null, null, null, null, null, 1, 0, 1, 0, 0, 0, 0, 1, 0,
                        0, 0, 0, null, 0, 0, 1, 1, 0, 0, null, null, null, null, null, null,
                        null, null),
                0, JobInfo.Tres.NONE, 0, JobInfo.Federation.NONE, 0, null, null);
        final JobInfoResponse response = new JobInfoResponse(5, 0, List.of(bare));

        assertThat(roundTrip(2004, response, V22_05)).isEqualTo(response);
    }

    @Test
    void nodeRecordsWithEveryFieldSetSurviveARoundTrip() throws Exception {
        final NodeInfoResponse response = new NodeInfoResponse(1_800_000_900L,
                List.of(InfoFixtures.everyFieldNode("n3"), InfoFixtures.everyFieldNode("n4")));

        assertThat(roundTrip(2008, response, V22_05)).isEqualTo(response);
    }

    @Test
    void partitionRecordsWithEveryFieldSetSurviveARoundTrip() throws Exception {
        final PartitionInfoResponse response = new PartitionInfoResponse(1_800_000_900L,
                List.of(InfoFixtures.everyFieldPartition()));

        assertThat(roundTrip(2010, response, V22_05)).isEqualTo(response);
    }

    @Test
    void anEmptyJobDefaultsListIsNotTheMissingList() throws Exception {
        final PartitionInfo full = InfoFixtures.everyFieldPartition();
        final PartitionInfo empty = new PartitionInfo(full.name(), full.cpuBind(),
                full.graceTime(), full.maxTime(), full.defaultTime(), full.maxNodes(),
                full.minNodes(), full.totalNodes(), full.totalCpus(), full.defMemPerCpu(),
                full.maxCpusPerNode(), full.maxMemPerCpu(), full.flags(), full.maxShare(),
                full.overTimeLimit(), full.preemptMode(), full.priorityJobFactor(),
                full.priorityTier(), full.stateUp(), full.crType(), full.resumeTimeout(),
                full.suspendTimeout(), full.suspendTime(), full.allowAccounts(),
                full.allowGroups(), full.allowAllocNodes(), full.allowQos(), full.qos(),
                full.alternate(), full.denyAccounts(), full.denyQos(), full.nodes(),
                full.nodesets(), full.nodeInx(), full.billingWeights(), full.tresFmt(),
                List.of());
        final PartitionInfoResponse response = new PartitionInfoResponse(1, List.of(empty));

        assertThat(roundTrip(2010, response, V22_05).partitions().get(0).jobDefaults())
                .isEmpty();
    }

    @Test
    void jobInfoRequestsKeepTheirIdListAllOrEmpty() throws Exception {
        final JobInfoRequest some = new JobInfoRequest(1_800_000_000L,
                ShowFlags.SHOW_DETAIL | ShowFlags.SHOW_LOCAL, List.of(3, 5, 8));
        final JobInfoRequest all = new JobInfoRequest(7, ShowFlags.SHOW_ALL, null);
        final JobInfoRequest none = new JobInfoRequest(7, ShowFlags.SHOW_ALL, List.of());

        assertThat(roundTrip(2003, some, V22_05)).isEqualTo(some);
        assertThat(roundTrip(2003, all, V22_05)).isEqualTo(all);
        assertThat(roundTrip(2003, none, V22_05)).isEqualTo(none);
    }

    @Test
    void smallRequestsSurviveARoundTrip() throws Exception {
        assertThat(roundTrip(2021, new JobInfoSingleRequest(12, 3), V22_05))
                .isEqualTo(new JobInfoSingleRequest(12, 3));
        assertThat(roundTrip(2039, new JobUserInfoRequest(1000, 0x11), V22_05))
                .isEqualTo(new JobUserInfoRequest(1000, 0x11));
        assertThat(roundTrip(4019, new JobReadyRequest(13, 1), V22_05))
                .isEqualTo(new JobReadyRequest(13, 1));
        assertThat(roundTrip(2051, new BatchScriptRequest(14, 2), V22_05))
                .isEqualTo(new BatchScriptRequest(14, 2));
        assertThat(roundTrip(2007, new NodeInfoRequest(99, 0x12), V22_05))
                .isEqualTo(new NodeInfoRequest(99, 0x12));
        assertThat(roundTrip(2040, new NodeInfoSingleRequest("n3", 0x10), V22_05))
                .isEqualTo(new NodeInfoSingleRequest("n3", 0x10));
        assertThat(roundTrip(2009, new PartitionInfoRequest(98, 0x11), V22_05))
                .isEqualTo(new PartitionInfoRequest(98, 0x11));
    }

    @Test
    void nodeUpdatesSurviveARoundTripUnderEachOfTheirTypes() throws Exception {
        final UpdateNodeRequest update = InfoFixtures.everyFieldUpdateNode();

        assertThat(roundTrip(3002, update, V22_05)).isEqualTo(update);
        assertThat(roundTrip(3014, update, V22_05)).isEqualTo(update);
        assertThat(roundTrip(3015, update, V22_05)).isEqualTo(update);
    }
}
