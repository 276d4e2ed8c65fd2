package org.flurm.controller.handler;

import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmErrno;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Security events for the audit log: one line each, with who, what and on what. */
final class Audit {

    private static final Logger AUDIT = LoggerFactory.getLogger("flurm.audit");

    private Audit() {
    }

    /** Logs a refused request and returns the reply that says so. */
    static Reply denied(Request request, String target) {
        AUDIT.warn("denied uid={} request={} target={} peer={}", request.uid(),
                MessageType.nameOf(request.header().msgType()), target, request.peer());
        return Reply.rc(SlurmErrno.ESLURM_ACCESS_DENIED.code());
    }
}
