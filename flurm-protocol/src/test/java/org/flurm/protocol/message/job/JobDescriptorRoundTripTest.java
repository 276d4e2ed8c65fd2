package org.flurm.protocol.message.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.common.SelectJobInfo;
import org.flurm.protocol.message.job.JobDescriptor.Accounting;
import org.flurm.protocol.message.job.JobDescriptor.Binding;
import org.flurm.protocol.message.job.JobDescriptor.Callback;
import org.flurm.protocol.message.job.JobDescriptor.CpuFrequency;
import org.flurm.protocol.message.job.JobDescriptor.Federation;
import org.flurm.protocol.message.job.JobDescriptor.Identity;
import org.flurm.protocol.message.job.JobDescriptor.Launch;
import org.flurm.protocol.message.job.JobDescriptor.Lifecycle;
import org.flurm.protocol.message.job.JobDescriptor.MultiCore;
import org.flurm.protocol.message.job.JobDescriptor.Notifications;
import org.flurm.protocol.message.job.JobDescriptor.Placement;
import org.flurm.protocol.message.job.JobDescriptor.Resources;
import org.flurm.protocol.message.job.JobDescriptor.Scheduling;
import org.flurm.protocol.message.job.JobDescriptor.Submitter;
import org.flurm.protocol.message.job.JobDescriptor.TaskLayout;
import org.flurm.protocol.message.job.JobDescriptor.TresRequest;
import org.flurm.protocol.message.job.JobDescriptor.X11Forwarding;
import org.flurm.protocol.pack.Bitmap;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;
import org.junit.jupiter.api.Test;

/**
 * Every job descriptor field is written where it is read: a descriptor whose fields all hold
 * distinct non-default values survives encode and decode unchanged, in each protocol version.
 */
class JobDescriptorRoundTripTest {

    private static final int SUBMIT_BATCH_JOB = 4003;
    private static final int SUBMIT_BATCH_HET_JOB = 4028;

    /**
     * Each number field gets its own value (a counter), each text field its own text, so a
     * field written into another's place changes the decoded record.
     */
    private static JobDescriptor everyFieldSet(boolean since2108, boolean since2205) {
        final int[] next = {1};
        final IntSupplier n = () -> next[0]++;
        final Supplier<String> s = () -> "text" + next[0]++;
        return new JobDescriptor(
                new Identity(n.getAsInt(), s.get(), s.get(), s.get()),
                new Submitter(n.getAsInt(), n.getAsInt(), s.get(), n.getAsInt(),
                        since2108 ? s.get() : null, since2108 ? s.get() : null),
                new Federation(s.get(), s.get(), s.get(), 0x1_0000_0000L + n.getAsInt(),
                        0x2_0000_0000L + n.getAsInt()),
                new Accounting(s.get(), s.get(), s.get(), s.get(), s.get(), s.get(), s.get(),
                        n.getAsInt()),
                new Placement(s.get(), s.get(), s.get(), since2205 ? s.get() : null, s.get(),
                        s.get(), s.get(), n.getAsInt(), n.getAsInt(), n.getAsInt(), s.get()),
                new Scheduling(n.getAsInt(), n.getAsInt(), n.getAsInt(), s.get(), n.getAsInt(),
                        1_700_000_000L + n.getAsInt(), 1_700_000_000L + n.getAsInt(),
                        1_700_000_000L + n.getAsInt(), n.getAsInt(), n.getAsInt(),
                        n.getAsInt()),
                new Resources(n.getAsInt(), n.getAsInt(), n.getAsInt(), n.getAsInt(),
                        n.getAsInt(), 0x8000_0000_0000_0000L | n.getAsInt(), n.getAsInt(),
                        n.getAsInt(), n.getAsInt(), n.getAsInt(), s.get(), s.get()),
                new MultiCore(n.getAsInt(), n.getAsInt(), n.getAsInt(), n.getAsInt(),
                        n.getAsInt()),
                new TaskLayout(n.getAsInt(), n.getAsInt(), n.getAsInt(), n.getAsInt(),
                        n.getAsInt(), n.getAsInt(), n.getAsInt(), n.getAsInt(), n.getAsInt()),
                new Binding(n.getAsInt(), n.getAsInt(), s.get(), s.get()),
                new CpuFrequency(n.getAsInt(), n.getAsInt(), n.getAsInt()),
                new TresRequest(s.get(), s.get(), s.get(), s.get(), s.get(), s.get(), s.get(),
                        s.get()),
                new Launch("#!/bin/sh\necho " + s.get() + "\n", List.of(s.get(), s.get()),
                        List.of("A=" + s.get(), "B=" + s.get(), "C="), List.of("SPANK=" + s.get()),
                        s.get(), since2108 ? s.get() : null, s.get(), s.get(), s.get(),
                        n.getAsInt()),
                new Callback(n.getAsInt(), s.get(), n.getAsInt()),
                new Notifications(n.getAsInt(), s.get(), n.getAsInt(), n.getAsInt(),
                        n.getAsInt()),
                new X11Forwarding(n.getAsInt(), s.get(), s.get(), n.getAsInt()),
                new Lifecycle(n.getAsInt(), n.getAsInt(), n.getAsInt(), n.getAsInt(),
                        n.getAsInt(), n.getAsInt()),
                s.get(),
                since2108 ? 0x8_1E00_0000L : 0x1E00_0001L,
                new SelectJobInfo(SelectJobInfo.LINEAR),
                new CronEntry(CronEntry.WILD_MONTH | CronEntry.WILD_DAY_OF_WEEK,
                        Bitmap.of(61, 0, 30), Bitmap.of(25, 4), Bitmap.of(32, 1, 15),
                        Bitmap.of(13, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                        Bitmap.of(8, 0, 1, 2, 3, 4, 5, 6), "0,30 4 1,15 * *",
                        n.getAsInt(), n.getAsInt()));
    }

    @Test
    void everyFieldSurvivesARoundTripIn2205() throws Exception {
        final JobDescriptor job = everyFieldSet(true, true);

        final byte[] bytes = MessageCodecs.encode(SUBMIT_BATCH_JOB, job, 0x2600);

        assertThat(MessageCodecs.decode(SUBMIT_BATCH_JOB, bytes, 0x2600)).isEqualTo(job);
    }

    @Test
    void everyFieldOf2108SurvivesARoundTripIn2108() throws Exception {
        final JobDescriptor job = everyFieldSet(true, false);

        final byte[] bytes = MessageCodecs.encode(SUBMIT_BATCH_JOB, job, 0x2500);

        assertThat(MessageCodecs.decode(SUBMIT_BATCH_JOB, bytes, 0x2500)).isEqualTo(job);
    }

    @Test
    void everyFieldOf2011SurvivesARoundTripIn2011() throws Exception {
        final JobDescriptor job = everyFieldSet(false, false);

        final byte[] bytes = MessageCodecs.encode(SUBMIT_BATCH_JOB, job, 0x2400);

        assertThat(MessageCodecs.decode(SUBMIT_BATCH_JOB, bytes, 0x2400)).isEqualTo(job);
    }

    @Test
    void olderVersionsLeaveOutTheFieldsTheyLack() {
        final JobDescriptor job = everyFieldSet(true, true);
        final String prefer = job.placement().prefer();
        final String container = job.launch().container();
        final String reqContext = job.submitter().reqContext();
        final String submitLine = job.submitter().submitLine();

        final int in2205 = MessageCodecs.encode(SUBMIT_BATCH_JOB, job, 0x2600).length;
        final int in2108 = MessageCodecs.encode(SUBMIT_BATCH_JOB, job, 0x2500).length;
        final int in2011 = MessageCodecs.encode(SUBMIT_BATCH_JOB, job, 0x2400).length;

        // a str costs its u32 length, its bytes and the NUL; bitflags shrink from 8 to 4 bytes
        assertThat(in2205 - in2108).isEqualTo(strSize(prefer));
        assertThat(in2108 - in2011)
                .isEqualTo(strSize(container) + strSize(reqContext) + strSize(submitLine) + 4);
    }

    @Test
    void unsetDescriptorSurvivesARoundTrip() throws Exception {
        final byte[] bytes = MessageCodecs.encode(SUBMIT_BATCH_JOB, JobDescriptor.UNSET, 0x2600);

        assertThat(MessageCodecs.decode(SUBMIT_BATCH_JOB, bytes, 0x2600))
                .isEqualTo(JobDescriptor.UNSET);
    }

    @Test
    void selectPluginWithJobDataIsRefused() {
        final Packer out = new Packer();
        new SelectJobInfo(107).write(out);

        assertThatThrownBy(() -> SelectJobInfo.read(new Unpacker(out.toByteArray())))
                .isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }

    @Test
    void cronPresenceByteOtherThanZeroOrOneIsRefused() {
        final byte[] bytes = {2};

        assertThatThrownBy(() -> CronEntry.read(new Unpacker(bytes), 0x2600))
                .isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.INVALID);
    }

    @Test
    void truncatedDescriptorIsRefused() {
        final byte[] bytes = MessageCodecs.encode(SUBMIT_BATCH_JOB, JobDescriptor.UNSET, 0x2600);
        final byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);

        assertThatThrownBy(() -> MessageCodecs.decode(SUBMIT_BATCH_JOB, cut, 0x2600))
                .isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.TRUNCATED);
    }

    @Test
    void versionOlderThan2011IsRefused() {
        final byte[] bytes = MessageCodecs.encode(SUBMIT_BATCH_JOB, JobDescriptor.UNSET, 0x2600);

        assertThatThrownBy(() -> MessageCodecs.decode(SUBMIT_BATCH_JOB, bytes, 0x2300))
                .isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.UNSUPPORTED);
    }

    @Test
    void hetJobComponentsSurviveARoundTripInOrder() throws Exception {
        final HetJobSubmission het = new HetJobSubmission(
                List.of(everyFieldSet(true, true), JobDescriptor.UNSET));

        final byte[] bytes = MessageCodecs.encode(SUBMIT_BATCH_HET_JOB, het, 0x2600);

        assertThat(bytes[0]).isZero();
        assertThat(bytes[1]).isEqualTo((byte) 2);
        assertThat(MessageCodecs.decode(SUBMIT_BATCH_HET_JOB, bytes, 0x2600)).isEqualTo(het);
    }

    @Test
    void hetJobWithoutComponentsIsTwoZeroBytes() throws Exception {
        final HetJobSubmission none = new HetJobSubmission(new ArrayList<>());

        final byte[] bytes = MessageCodecs.encode(SUBMIT_BATCH_HET_JOB, none, 0x2600);

        assertThat(bytes).containsExactly(0, 0);
        assertThat(MessageCodecs.decode(SUBMIT_BATCH_HET_JOB, bytes, 0x2600)).isEqualTo(none);
    }

    @Test
    void hetJobCountBeyondTheBodyIsRefused() {
        final byte[] bytes = new Packer().u16(3).u32(0).toByteArray();

        assertThatThrownBy(() -> MessageCodecs.decode(SUBMIT_BATCH_HET_JOB, bytes, 0x2600))
                .isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).kind())
                .isEqualTo(DecodeException.Kind.OVERSIZE);
    }

    private static int strSize(String text) {
        return 4 + text.getBytes(StandardCharsets.UTF_8).length + 1;
    }
}
