package org.flurm.protocol.message.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.stats.StatsInfoResponse.Backfill;
import org.flurm.protocol.message.stats.StatsInfoResponse.Counters;
import org.flurm.protocol.message.stats.StatsInfoResponse.Jobs;
import org.flurm.protocol.message.stats.StatsInfoResponse.MainScheduler;
import org.flurm.protocol.message.stats.StatsInfoResponse.QueuedRpcHosts;
import org.flurm.protocol.message.stats.StatsInfoResponse.QueuedRpcs;
import org.flurm.protocol.message.stats.StatsInfoResponse.RpcCount;
import org.flurm.protocol.message.stats.StatsInfoResponse.Server;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.junit.jupiter.api.Test;

/** RESPONSE_STATS_INFO in 22.05's layout: synthetic bodies read back field for field. */
class StatsInfoResponseCodecTest {

    private static final int V22_05 = 0x2600;
    private static final int TYPE = MessageType.RESPONSE_STATS_INFO.id();

    private static StatsInfoResponse full() {
        final Counters counters = new Counters(
                new Server(1_796_325_192L, 1_796_324_651L, 3, 1, 2, 4, 5, 31),
                new Jobs(45, 11, 10, 9, 1, 9, 2, 1_796_325_191L),
                new MainScheduler(11_805, 16, 14_760, 18, 7, 3),
                new Backfill(3, 3, 1, 1_325L, 1_325, 3, 3, 3, 1_325, 1_796_324_770L, 3, 3, 3, 1,
                        1, 0, 0));
        return new StatsInfoResponse(counters,
                List.of(new RpcCount(4003, 27, 86_349), new RpcCount(2009, 18, 13_309)),
                List.of(new RpcCount(0, 103, 141_185), new RpcCount(1003, 22, 73_318)),
                List.of(new QueuedRpcs(6011, 2)),
                List.of(new QueuedRpcHosts(6011, "n[1-2]")));
    }

    @Test
    void aFullAnswerReadsBackEqual() throws DecodeException {
        final StatsInfoResponse response = full();

        final byte[] body = MessageCodecs.encode(TYPE, response, V22_05);

        assertThat(MessageCodecs.decode(TYPE, body, V22_05)).isEqualTo(response);
    }

    @Test
    void theCountersFollowPartsPackedInWireOrder() {
        final byte[] body = MessageCodecs.encode(TYPE, full(), V22_05);

        // parts_packed 1, req_time, req_time_start, server_thread_count 3
        final byte[] expected = new Packer(32).u32(1).time(1_796_325_192L)
                .time(1_796_324_651L).u32(3).toByteArray();
        assertThat(body).startsWith(expected);
    }

    @Test
    void theAnswerToAResetHasNoCountersAndEmptyTables() throws DecodeException {
        final StatsInfoResponse reset = new StatsInfoResponse(null, List.of(), List.of(),
                List.of(), List.of());

        final byte[] body = MessageCodecs.encode(TYPE, reset, V22_05);

        // parts_packed, then size and three array counts twice, then four array counts
        assertThat(body).isEqualTo(new byte[13 * 4]);
        assertThat(MessageCodecs.decode(TYPE, body, V22_05)).isEqualTo(reset);
    }

    @Test
    void aTableWhoseArraysDisagreeWithItsSizeIsRefused() {
        final Packer out = new Packer(64).u32(0)
                .u32(2).u16Array(new int[] {4003}).u32Array(new int[] {1})
                .u64Array(new long[] {5});
        final byte[] body = out.toByteArray();

        assertThatThrownBy(() -> MessageCodecs.decode(TYPE, body, V22_05))
                .isInstanceOf(DecodeException.class);
    }
}
