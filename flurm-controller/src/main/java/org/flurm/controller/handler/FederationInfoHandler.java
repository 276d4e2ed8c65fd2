package org.flurm.controller.handler;

import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.config.FederationInfo;

/** REQUEST_FED_INFO (2049): FLURM clusters belong to no federation. */
public final class FederationInfoHandler implements RequestHandler {

    @Override
    public Reply handle(Request request) {
        return new Reply(MessageType.RESPONSE_FED_INFO.id(), FederationInfo.none());
    }
}
