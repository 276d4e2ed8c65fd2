package org.flurm.protocol.message.job;

import java.util.List;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Sentinels;
import org.flurm.protocol.pack.Unpacker;

/**
 * The job_desc list layout ({@code _pack_job_desc_list_msg}): a u16 count, then that many
 * job descriptors. Count 0 is an empty list; a count above NO_VAL16 is refused, as SLURM does.
 */
public final class HetJobSubmissionCodec implements BodyCodec<HetJobSubmission> {

    public static final HetJobSubmissionCodec INSTANCE = new HetJobSubmissionCodec();

    /** No job descriptor is shorter than this (its fixed-width fields alone take more). */
    private static final int MIN_DESCRIPTOR_BYTES = 100;

    private HetJobSubmissionCodec() {
    }

    @Override
    public HetJobSubmission decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int count = in.u16();
        if (count > Sentinels.NO_VAL16
                || (long) count * MIN_DESCRIPTOR_BYTES > in.remaining()) {
            throw new DecodeException(DecodeException.Kind.OVERSIZE,
                    "het job of " + count + " components in " + in.remaining() + " bytes");
        }
        final List<JobDescriptor> components =
                in.elements(count, r -> JobDescriptorCodec.INSTANCE.decode(r, protocolVersion));
        return new HetJobSubmission(components);
    }

    @Override
    public void encode(HetJobSubmission body, Packer out, int protocolVersion) {
        if (body.components().size() > Sentinels.NO_VAL16) {
            throw new IllegalArgumentException(
                    "het job of " + body.components().size() + " components");
        }
        out.u16(body.components().size());
        for (JobDescriptor component : body.components()) {
            JobDescriptorCodec.INSTANCE.encode(component, out, protocolVersion);
        }
    }
}
