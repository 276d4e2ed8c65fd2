package org.flurm.protocol.message.stats;

import java.util.ArrayList;
import java.util.List;

import org.flurm.protocol.message.BodyCodec;
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
import org.flurm.protocol.pack.Unpacker;

/**
 * The layout of RESPONSE_STATS_INFO, as 22.05 writes it (statistics.c and proc_req.c) and
 * reads it (slurm_protocol_pack.c): u32 parts_packed; when 1, the counters; then the RPC
 * tables by type (u32 size, u16 array of types, u32 array of counts, u64 array of times) and
 * by user (u32 size, u32 arrays of uids and counts, u64 array of times); then the agent queue
 * (u32 arrays of types and counts) and the queued RPCs (u32 array of types, string array of
 * host lists), each pair of equal length.
 */
public final class StatsInfoResponseCodec implements BodyCodec<StatsInfoResponse> {

    @Override
    public StatsInfoResponse decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int partsPacked = in.u32();
        final Counters counters = partsPacked == 0 ? null : readCounters(in);
        final List<RpcCount> byType = readRpcTable(in, true);
        final List<RpcCount> byUser = readRpcTable(in, false);

        final int[] queuedTypes = in.u32Array();
        final int[] queuedCounts = in.u32Array();
        if (length(queuedTypes) != length(queuedCounts)) {
            throw new DecodeException(DecodeException.Kind.INVALID,
                    "agent queue types and counts differ in length");
        }
        final List<QueuedRpcs> queued = new ArrayList<>();
        for (int i = 0; i < length(queuedTypes); i++) {
            queued.add(new QueuedRpcs(queuedTypes[i], queuedCounts[i]));
        }
        final int[] dumpTypes = in.u32Array();
        final List<String> dumpHosts = in.strArray();
        final int hostCount = dumpHosts == null ? 0 : dumpHosts.size();
        if (length(dumpTypes) != hostCount) {
            throw new DecodeException(DecodeException.Kind.INVALID,
                    "queued RPC types and host lists differ in length");
        }
        final List<QueuedRpcHosts> dumps = new ArrayList<>();
        for (int i = 0; i < hostCount; i++) {
            dumps.add(new QueuedRpcHosts(dumpTypes[i], dumpHosts.get(i)));
        }
        return new StatsInfoResponse(counters, byType, byUser, queued, dumps);
    }

    private static int length(int[] values) {
        return values == null ? 0 : values.length;
    }

    private static Counters readCounters(Unpacker in) throws DecodeException {
        final Server server = new Server(in.time(), in.time(), in.u32(), in.u32(), in.u32(),
                in.u32(), in.u32(), in.u32());
        final Jobs jobs = new Jobs(in.u32(), in.u32(), in.u32(), in.u32(), in.u32(), in.u32(),
                in.u32(), in.time());
        final MainScheduler main = new MainScheduler(in.u32(), in.u32(), in.u32(), in.u32(),
                in.u32(), in.u32());
        final Backfill backfill = new Backfill(in.u32(), in.u32(), in.u32(), in.u64(),
                in.u32(), in.u32(), in.u32(), in.u32(), in.u32(), in.time(), in.u32(), in.u32(),
                in.u32(), in.u32(), in.u32(), in.u32(), in.u32());
        return new Counters(server, jobs, main, backfill);
    }

    /** A table's size, then its id, count and time arrays, each of that size. */
    private static List<RpcCount> readRpcTable(Unpacker in, boolean u16Ids)
            throws DecodeException {
        final int size = in.u32();
        final int[] ids = u16Ids ? in.u16Array() : in.u32Array();
        final int[] counts = in.u32Array();
        final long[] times = in.u64Array();
        final int n = length(ids);
        if (n != Integer.toUnsignedLong(size) || length(counts) != n
                || (times == null ? 0 : times.length) != n) {
            throw new DecodeException(DecodeException.Kind.INVALID,
                    "RPC table of size " + Integer.toUnsignedString(size)
                            + " has arrays of other lengths");
        }
        final List<RpcCount> table = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            table.add(new RpcCount(ids[i], counts[i], times[i]));
        }
        return table;
    }

    @Override
    public void encode(StatsInfoResponse body, Packer out, int protocolVersion) {
        out.u32(body.counters() == null ? 0 : 1);
        if (body.counters() != null) {
            writeCounters(body.counters(), out);
        }
        writeRpcTable(body.byType(), out, true);
        writeRpcTable(body.byUser(), out, false);

        final int[] queuedTypes = new int[body.queued().size()];
        final int[] queuedCounts = new int[queuedTypes.length];
        for (int i = 0; i < queuedTypes.length; i++) {
            queuedTypes[i] = body.queued().get(i).msgType();
            queuedCounts[i] = body.queued().get(i).count();
        }
        out.u32Array(queuedTypes);
        out.u32Array(queuedCounts);
        final int[] dumpTypes = new int[body.dumps().size()];
        final List<String> dumpHosts = new ArrayList<>(dumpTypes.length);
        for (int i = 0; i < dumpTypes.length; i++) {
            dumpTypes[i] = body.dumps().get(i).msgType();
            dumpHosts.add(body.dumps().get(i).hostlist());
        }
        out.u32Array(dumpTypes);
        out.strArray(dumpHosts);
    }

    private static void writeCounters(Counters c, Packer out) {
        final Server s = c.server();
        out.time(s.reqTime()).time(s.reqTimeStart()).u32(s.serverThreadCount())
                .u32(s.agentQueueSize()).u32(s.agentCount()).u32(s.agentThreadCount())
                .u32(s.dbdAgentQueueSize()).u32(s.gettimeofdayLatency());
        final Jobs j = c.jobs();
        out.u32(j.submitted()).u32(j.started()).u32(j.completed()).u32(j.canceled())
                .u32(j.failed()).u32(j.pending()).u32(j.running()).time(j.statesTime());
        final MainScheduler m = c.main();
        out.u32(m.cycleMax()).u32(m.cycleLast()).u32(m.cycleSum()).u32(m.cycleCounter())
                .u32(m.cycleDepth()).u32(m.queueLen());
        final Backfill b = c.backfill();
        out.u32(b.backfilledJobs()).u32(b.lastBackfilledJobs()).u32(b.cycleCounter())
                .u64(b.cycleSum()).u32(b.cycleLast()).u32(b.lastDepth()).u32(b.lastDepthTry())
                .u32(b.queueLen()).u32(b.cycleMax()).time(b.whenLastCycle()).u32(b.depthSum())
                .u32(b.depthTrySum()).u32(b.queueLenSum()).u32(b.tableSize())
                .u32(b.tableSizeSum()).u32(b.active()).u32(b.backfilledHetJobs());
    }

    private static void writeRpcTable(List<RpcCount> table, Packer out, boolean u16Ids) {
        final int[] ids = new int[table.size()];
        final int[] counts = new int[ids.length];
        final long[] times = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = table.get(i).id();
            counts[i] = table.get(i).count();
            times[i] = table.get(i).totalMicros();
        }
        out.u32(ids.length);
        if (u16Ids) {
            out.u16Array(ids);
        } else {
            out.u32Array(ids);
        }
        out.u32Array(counts);
        out.u64Array(times);
    }
}
