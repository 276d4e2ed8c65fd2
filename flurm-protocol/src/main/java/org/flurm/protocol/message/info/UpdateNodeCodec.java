package org.flurm.protocol.message.info;

import org.flurm.protocol.ProtocolVersion;
import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * REQUEST_UPDATE_NODE (3002), REQUEST_DELETE_NODE (3014), REQUEST_CREATE_NODE (3015):
 * {@code _pack_update_node_msg}. 21.08 added {@code extra}; 20.11 has the rest unchanged.
 */
public final class UpdateNodeCodec implements BodyCodec<UpdateNodeRequest> {

    @Override
    public UpdateNodeRequest decode(Unpacker in, int protocolVersion) throws DecodeException {
        final String comment = in.str();                          // 1
        final int cpuBind = in.u32();                             // 2
        String extra = null;
        if (protocolVersion >= ProtocolVersion.SLURM_21_08) {
            extra = in.str();                                     // 3, since 21.08
        }
        final String features = in.str();                         // 4
        final String featuresActive = in.str();                   // 5
        final String gres = in.str();                             // 6
        final String nodeAddr = in.str();                         // 7
        final String nodeHostname = in.str();                     // 8
        final String nodeNames = in.str();                        // 9
        final int nodeState = in.u32();                           // 10
        final String reason = in.str();                           // 11
        final int reasonUid = in.u32();                           // 12
        final int weight = in.u32();                              // 13
        return new UpdateNodeRequest(comment, cpuBind, extra, features, featuresActive, gres,
                nodeAddr, nodeHostname, nodeNames, nodeState, reason, reasonUid, weight);
    }

    @Override
    public void encode(UpdateNodeRequest body, Packer out, int protocolVersion) {
        out.str(body.comment());                                  // 1
        out.u32(body.cpuBind());                                  // 2
        if (protocolVersion >= ProtocolVersion.SLURM_21_08) {
            out.str(body.extra());                                // 3, since 21.08
        }
        out.str(body.features());                                 // 4
        out.str(body.featuresActive());                           // 5
        out.str(body.gres());                                     // 6
        out.str(body.nodeAddr());                                 // 7
        out.str(body.nodeHostname());                             // 8
        out.str(body.nodeNames());                                // 9
        out.u32(body.nodeState());                                // 10
        out.str(body.reason());                                   // 11
        out.u32(body.reasonUid());                                // 12
        out.u32(body.weight());                                   // 13
    }
}
