package org.flurm.controller.handler;

import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmErrno;
import org.flurm.security.audit.AuditEvent;

/**
 * The handlers' security events, written as JSON lines to the audit log ({@code flurm.audit})
 * with who, what and on what.
 */
final class Audit {

    private Audit() {
    }

    /** Records a refused request and returns the reply that says so. */
    static Reply denied(Controller controller, Request request, String target) {
        controller.security().denied(userOf(controller, request.uid()), request.uid(),
                MessageType.nameOf(request.header().msgType()), target);
        return Reply.rc(SlurmErrno.ESLURM_ACCESS_DENIED.code());
    }

    /** Records an event decided by a handler. */
    static void record(Controller controller, AuditEvent event) {
        controller.security().audit().record(event);
    }

    /** A user's name for audit lines, or the uid as text when it has none. */
    static String userOf(Controller controller, int uid) {
        return controller.users().nameOf(uid).orElse(Integer.toString(uid));
    }
}
