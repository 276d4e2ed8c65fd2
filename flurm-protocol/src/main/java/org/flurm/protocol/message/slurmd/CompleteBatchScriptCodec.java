package org.flurm.protocol.message.slurmd;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.slurmd.JobAccounting.TresUsage;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * REQUEST_COMPLETE_BATCH_SCRIPT (5018), {@code _pack_complete_batch_script_msg}: the job
 * accounting block ({@code jobacctinfo_pack}), job id, job rc, slurm rc, uid, node name.
 */
public final class CompleteBatchScriptCodec implements BodyCodec<CompleteBatchScript> {

    @Override
    public CompleteBatchScript decode(Unpacker in, int protocolVersion) throws DecodeException {
        return new CompleteBatchScript(readJobAccounting(in, protocolVersion), in.u32(),
                in.u32(), in.u32(), in.u32(), in.str());
    }

    @Override
    public void encode(CompleteBatchScript body, Packer out, int protocolVersion) {
        writeJobAccounting(body.jobacct(), out, protocolVersion);
        out.u32(body.jobId()).u32(body.jobRc()).u32(body.slurmRc()).u32(body.userId());
        out.str(body.nodeName());
    }

    /** jobacctinfo_pack: u8 0 for none, or u8 1 and the usage. */
    static JobAccounting readJobAccounting(Unpacker in, int protocolVersion)
            throws DecodeException {
        final int present = in.u8();
        if (present == 0) {
            return null;
        }
        if (present != 1) {
            throw new DecodeException(DecodeException.Kind.INVALID,
                    "job accounting presence byte " + present);
        }
        if (protocolVersion < ProtocolVersion.SLURM_21_08) {
            // LIMIT: 20.11 sends the CPU seconds as u32; that layout is not read.
            throw ProtocolVersion.unreadable("jobacctinfo", protocolVersion);
        }
        final long userCpuSec = in.u64();
        final int userCpuUsec = in.u32();
        final long sysCpuSec = in.u64();
        final int sysCpuUsec = in.u32();
        final int actCpuFreq = in.u32();
        final long consumedEnergy = in.u64();
        final int[] tresIds = in.u32Array();
        return new JobAccounting(userCpuSec, userCpuUsec, sysCpuSec, sysCpuUsec, actCpuFreq,
                consumedEnergy, tresIds, TresRecord.readList(in), readUsage(in), readUsage(in));
    }

    private static TresUsage readUsage(Unpacker in) throws DecodeException {
        return new TresUsage(in.u64Array(), in.u64Array(), in.u64Array(), in.u64Array(),
                in.u64Array(), in.u64Array(), in.u64Array());
    }

    static void writeJobAccounting(JobAccounting acct, Packer out, int protocolVersion) {
        if (acct == null) {
            out.u8(0);
            return;
        }
        if (protocolVersion < ProtocolVersion.SLURM_21_08) {
            throw ProtocolVersion.unwritable("jobacctinfo", protocolVersion);
        }
        out.u8(1);
        out.u64(acct.userCpuSec()).u32(acct.userCpuUsec());
        out.u64(acct.sysCpuSec()).u32(acct.sysCpuUsec());
        out.u32(acct.actCpuFreq()).u64(acct.consumedEnergy());
        out.u32Array(acct.tresIds());
        TresRecord.writeList(out, acct.tresList());
        writeUsage(acct.usageIn(), out);
        writeUsage(acct.usageOut(), out);
    }

    private static void writeUsage(TresUsage usage, Packer out) {
        out.u64Array(usage.max()).u64Array(usage.maxNodeId()).u64Array(usage.maxTaskId());
        out.u64Array(usage.min()).u64Array(usage.minNodeId()).u64Array(usage.minTaskId());
        out.u64Array(usage.total());
    }
}
