package org.flurm.controller.handler;

import org.flurm.config.slurm.SlurmConfig;
import org.flurm.controller.scheduling.SubmissionCheck;
import org.flurm.controller.security.ControllerSecurity;
import org.flurm.controller.security.Permissions;
import org.flurm.controller.security.UserDirectory;
import org.flurm.controller.view.BuildInfoView;
import org.flurm.controller.view.InfoViews;
import org.flurm.core.replication.CommandLog;

/**
 * What the handlers share: the configuration, the command log (and through it the state),
 * the permission rules and the way to stop the daemon.
 *
 * @param config       the parsed slurm.conf
 * @param log          the replicated command log
 * @param permissions  who may do what
 * @param users        uid and name look-ups
 * @param views        builds the records the clients print
 * @param buildInfo    builds RESPONSE_BUILD_INFO
 * @param submissionCheck  refuses jobs that could never run
 * @param bootTime     when the controller started, epoch seconds
 * @param shutdown     stops the daemon (after the current reply is sent)
 * @param security     the audit log, metrics and job secrets
 */
public record Controller(SlurmConfig config, CommandLog log, Permissions permissions,
                         UserDirectory users, InfoViews views, BuildInfoView buildInfo,
                         SubmissionCheck submissionCheck, long bootTime, Runnable shutdown,
                         ControllerSecurity security) {

    /** The time commands carry: wall-clock epoch seconds. */
    public long now() {
        return System.currentTimeMillis() / 1000;
    }
}
