package org.flurm.protocol.message.slurmd;

import java.util.List;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.common.StepId;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.pack.Unpacker;

/**
 * The kill_job layout ({@code _pack_kill_job_msg}) of REQUEST_TERMINATE_JOB (6011),
 * REQUEST_KILL_TIMELIMIT (6009), REQUEST_ABORT_JOB (6013) and REQUEST_KILL_PREEMPTED (6016).
 *
 * <p>22.05 put the credential, details, derived and batch exit codes in front; 21.08 added the
 * working directory at the end; 20.11 has neither.
 */
public final class KillJobCodec implements BodyCodec<KillJob> {

    @Override
    public KillJob decode(Unpacker in, int protocolVersion) throws DecodeException {
        if (protocolVersion < ProtocolVersion.SLURM_20_11) {
            throw ProtocolVersion.unreadable("kill_job", protocolVersion);
        }
        JobCredential cred = null;
        String details = null;
        int derivedEc = 0;
        int exitCode = Sentinels.INFINITE;
        if (protocolVersion >= ProtocolVersion.SLURM_22_05) {
            final int hasCred = in.u8();                                // 1
            if (hasCred == 1) {
                cred = JobCredentialCodec.read(in, protocolVersion);    // 2
            } else if (hasCred != 0) {
                throw new DecodeException(DecodeException.Kind.INVALID,
                        "kill_job credential flag " + hasCred);
            }
            details = in.str();                                         // 3
            derivedEc = in.u32();                                       // 4
            exitCode = in.u32();                                        // 5
        }
        GresLists.readEmpty(in, "kill_job job_gres_info");              // 6
        final StepId stepId = StepId.read(in);                          // 7
        final int hetJobId = in.u32();                                  // 8
        final int jobState = in.u32();                                  // 9
        final int jobUid = in.u32();                                    // 10
        final int jobGid = in.u32();                                    // 11
        final String nodes = in.str();                                  // 12
        final SelectJobInfo selectJobInfo = SelectJobInfo.read(in);     // 13
        final List<String> spankJobEnv = in.strArray();                 // 14
        final long startTime = in.time();                               // 15
        final long time = in.time();                                    // 16
        final String workDir = protocolVersion >= ProtocolVersion.SLURM_21_08   // 17
                ? in.str() : null;
        return new KillJob(cred, details, derivedEc, exitCode, stepId, hetJobId, jobState,
                jobUid, jobGid, nodes, selectJobInfo, spankJobEnv, startTime, time, workDir);
    }

    @Override
    public void encode(KillJob kill, Packer out, int protocolVersion) {
        if (protocolVersion < ProtocolVersion.SLURM_20_11) {
            throw ProtocolVersion.unwritable("kill_job", protocolVersion);
        }
        if (protocolVersion >= ProtocolVersion.SLURM_22_05) {
            if (kill.cred() == null) {
                out.u8(0);                                              // 1
            } else {
                out.u8(1);                                              // 1
                JobCredentialCodec.write(kill.cred(), out, protocolVersion); // 2
            }
            out.str(kill.details());                                    // 3
            out.u32(kill.derivedEc());                                  // 4
            out.u32(kill.exitCode());                                   // 5
        }
        GresLists.writeEmpty(out);                                      // 6
        kill.stepId().write(out);                                       // 7
        out.u32(kill.hetJobId());                                       // 8
        out.u32(kill.jobState());                                       // 9
        out.u32(kill.jobUid());                                         // 10
        out.u32(kill.jobGid());                                         // 11
        out.str(kill.nodes());                                          // 12
        kill.selectJobInfo().write(out);                                // 13
        out.strArray(kill.spankJobEnv());                               // 14
        out.time(kill.startTime());                                     // 15
        out.time(kill.time());                                          // 16
        if (protocolVersion >= ProtocolVersion.SLURM_21_08) {
            out.str(kill.workDir());                                    // 17
        }
    }
}
