package org.flurm.protocol.message.info;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The small node and partition info requests ({@code _pack_node_info_request_msg},
 * {@code _pack_node_info_single_msg}, {@code _pack_part_info_request_msg}); one layout each
 * since 20.11.
 */
public final class InfoRequestCodecs {

    /** REQUEST_NODE_INFO (2007): {@code time last_update, u16 show_flags}. */
    public static final BodyCodec<NodeInfoRequest> NODE_INFO = new BodyCodec<>() {
        @Override
        public NodeInfoRequest decode(Unpacker in, int protocolVersion)
                throws DecodeException {
            final long lastUpdate = in.time();
            return new NodeInfoRequest(lastUpdate, in.u16());
        }

        @Override
        public void encode(NodeInfoRequest body, Packer out, int protocolVersion) {
            out.time(body.lastUpdate());
            out.u16(body.showFlags());
        }
    };

    /** REQUEST_NODE_INFO_SINGLE (2040): {@code str node_name, u16 show_flags}. */
    public static final BodyCodec<NodeInfoSingleRequest> NODE_INFO_SINGLE = new BodyCodec<>() {
        @Override
        public NodeInfoSingleRequest decode(Unpacker in, int protocolVersion)
                throws DecodeException {
            final String nodeName = in.str();
            return new NodeInfoSingleRequest(nodeName, in.u16());
        }

        @Override
        public void encode(NodeInfoSingleRequest body, Packer out, int protocolVersion) {
            out.str(body.nodeName());
            out.u16(body.showFlags());
        }
    };

    /** REQUEST_PARTITION_INFO (2009): {@code time last_update, u16 show_flags}. */
    public static final BodyCodec<PartitionInfoRequest> PARTITION_INFO = new BodyCodec<>() {
        @Override
        public PartitionInfoRequest decode(Unpacker in, int protocolVersion)
                throws DecodeException {
            final long lastUpdate = in.time();
            return new PartitionInfoRequest(lastUpdate, in.u16());
        }

        @Override
        public void encode(PartitionInfoRequest body, Packer out, int protocolVersion) {
            out.time(body.lastUpdate());
            out.u16(body.showFlags());
        }
    };

    private InfoRequestCodecs() {
    }
}
