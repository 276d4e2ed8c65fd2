package org.flurm.protocol.message.slurmd;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * RESPONSE_NODE_REGISTRATION (1024), {@code _pack_node_reg_resp}: the TRES list, then the node
 * name. Unchanged since 20.11.
 */
public final class NodeRegistrationResponseCodec implements BodyCodec<NodeRegistrationResponse> {

    @Override
    public NodeRegistrationResponse decode(Unpacker in, int protocolVersion)
            throws DecodeException {
        return new NodeRegistrationResponse(TresRecord.readList(in), in.str());
    }

    @Override
    public void encode(NodeRegistrationResponse body, Packer out, int protocolVersion) {
        TresRecord.writeList(out, body.tres());
        out.str(body.nodeName());
    }
}
