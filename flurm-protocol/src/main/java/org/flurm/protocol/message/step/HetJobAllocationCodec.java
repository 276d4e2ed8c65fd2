package org.flurm.protocol.message.step;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The het job allocation layout ({@code _pack_job_info_list_msg}): a u16 count, then that many
 * allocations in the {@link ResourceAllocationCodec} layout.
 */
public final class HetJobAllocationCodec implements BodyCodec<HetJobAllocation> {

    public static final HetJobAllocationCodec INSTANCE = new HetJobAllocationCodec();

    /** An allocation of only empty fields still takes this many bytes. */
    private static final int MIN_ALLOCATION_BYTES = 80;

    private HetJobAllocationCodec() {
    }

    @Override
    public HetJobAllocation decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int count = StepFields.u16Count(in, "het job allocation", MIN_ALLOCATION_BYTES);
        return new HetJobAllocation(
                in.elements(count, element -> ResourceAllocationCodec.read(element,
                        protocolVersion)));
    }

    @Override
    public void encode(HetJobAllocation body, Packer out, int protocolVersion) {
        out.u16(body.components().size());
        body.components().forEach(alloc ->
                ResourceAllocationCodec.write(alloc, out, protocolVersion));
    }
}
