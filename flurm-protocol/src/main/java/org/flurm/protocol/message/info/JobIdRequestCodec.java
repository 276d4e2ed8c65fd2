package org.flurm.protocol.message.info;

import java.util.function.ToIntFunction;

import org.flurm.protocol.message.BodyCodec;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * The {@code u32 id, u16 show_flags} layout that several requests share ({@code
 * _pack_job_ready_msg}, {@code _pack_job_user_msg}); one layout since 20.11.
 *
 * @param <T> the request record the id and flags become
 */
public final class JobIdRequestCodec<T extends MessageBody> implements BodyCodec<T> {

    /** Builds the record from the id and the show flags. */
    @FunctionalInterface
    public interface Factory<T> {
        T create(int id, int showFlags);
    }

    public static final JobIdRequestCodec<JobInfoSingleRequest> JOB_INFO_SINGLE =
            new JobIdRequestCodec<>(JobInfoSingleRequest::new, JobInfoSingleRequest::jobId,
                    JobInfoSingleRequest::showFlags);
    public static final JobIdRequestCodec<JobReadyRequest> JOB_READY =
            new JobIdRequestCodec<>(JobReadyRequest::new, JobReadyRequest::jobId,
                    JobReadyRequest::showFlags);
    public static final JobIdRequestCodec<BatchScriptRequest> BATCH_SCRIPT =
            new JobIdRequestCodec<>(BatchScriptRequest::new, BatchScriptRequest::jobId,
                    BatchScriptRequest::showFlags);
    public static final JobIdRequestCodec<JobUserInfoRequest> JOB_USER_INFO =
            new JobIdRequestCodec<>(JobUserInfoRequest::new, JobUserInfoRequest::userId,
                    JobUserInfoRequest::showFlags);

    private final Factory<T> factory;
    private final ToIntFunction<T> id;
    private final ToIntFunction<T> showFlags;

    private JobIdRequestCodec(Factory<T> factory, ToIntFunction<T> id,
                              ToIntFunction<T> showFlags) {
        this.factory = factory;
        this.id = id;
        this.showFlags = showFlags;
    }

    @Override
    public T decode(Unpacker in, int protocolVersion) throws DecodeException {
        final int value = in.u32();
        return factory.create(value, in.u16());
    }

    @Override
    public void encode(T body, Packer out, int protocolVersion) {
        out.u32(id.applyAsInt(body));
        out.u16(showFlags.applyAsInt(body));
    }
}
