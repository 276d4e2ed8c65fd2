package org.flurm.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flurm.protocol.frame.Frame;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.job.JobDescriptor;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Sentinels;

/**
 * The job a load driver submits over and over: the REQUEST_SUBMIT_BATCH_JOB body of a real
 * sbatch, read from an annotated protocol capture, decoded, and re-encoded per job with only
 * the job name changed.
 */
final class SubmitTemplate {

    static final int REQUEST_SUBMIT_BATCH_JOB = 4003;

    private static final Pattern FRAME_START = Pattern.compile(
            "^-- t=\\S+ client->server\\s+frame=(\\d+) bytes");
    private static final Pattern HEX_LINE = Pattern.compile(
            "^\\s+[0-9a-f]{8}  ((?:[0-9a-f]{2} ?){1,16})");

    private final JobDescriptor descriptor;
    private final int protocolVersion;

    private SubmitTemplate(JobDescriptor descriptor, int protocolVersion) {
        this.descriptor = descriptor;
        this.protocolVersion = protocolVersion;
    }

    /** The first client REQUEST_SUBMIT_BATCH_JOB frame of an annotated capture. */
    static SubmitTemplate fromCapture(Path capture) throws IOException {
        final Frame frame = firstRequest(capture, REQUEST_SUBMIT_BATCH_JOB);
        final int version = frame.header().version();
        try {
            return new SubmitTemplate((JobDescriptor) MessageCodecs.decode(
                    REQUEST_SUBMIT_BATCH_JOB, frame.body(), version), version);
        } catch (DecodeException e) {
            throw new IOException(capture + ": the submission body does not decode", e);
        }
    }

    /** The first frame of a message type that a client sent in an annotated capture. */
    static Frame firstRequest(Path capture, int msgType) throws IOException {
        final List<String> lines = Files.readAllLines(capture);
        for (int i = 0; i < lines.size(); i++) {
            final Matcher start = FRAME_START.matcher(lines.get(i));
            if (!start.find() || i + 1 >= lines.size()
                    || !lines.get(i + 1).contains("msg_type=" + msgType + " ")) {
                continue;
            }
            try {
                return new FrameCodec().decodeFrame(
                        hexAfter(lines, i, Integer.parseInt(start.group(1))));
            } catch (DecodeException e) {
                throw new IOException(capture + ": the frame of type " + msgType
                        + " does not decode", e);
            }
        }
        throw new IOException(capture + " holds no message of type " + msgType + " from a client");
    }

    private static byte[] hexAfter(List<String> lines, int from, int length) throws IOException {
        final StringBuilder hex = new StringBuilder();
        for (int i = from + 1; i < lines.size() && hex.length() < 2 * length; i++) {
            final Matcher m = HEX_LINE.matcher(lines.get(i));
            if (m.find()) {
                hex.append(m.group(1).replace(" ", ""));
            } else if (lines.get(i).startsWith("-- ")) {
                break;
            }
        }
        if (hex.length() != 2 * length) {
            throw new IOException("frame of " + length + " bytes has " + hex.length() / 2
                    + " bytes of hex");
        }
        return HexFormat.of().parseHex(hex);
    }

    int protocolVersion() {
        return protocolVersion;
    }

    /** The template's body with the job named {@code name}. */
    byte[] body(String name) {
        final JobDescriptor d = descriptor;
        final JobDescriptor named = new JobDescriptor(
                new JobDescriptor.Identity(Sentinels.NO_VAL, null, name, null),
                d.submitter(), d.federation(), d.accounting(), d.placement(), d.scheduling(),
                d.resources(), d.multiCore(), d.tasks(), d.binding(), d.cpuFrequency(), d.tres(),
                d.launch(), d.callback(), d.notifications(), d.x11(), d.lifecycle(), d.extra(),
                d.bitflags(), d.selectJobInfo(), d.crontabEntry());
        return MessageCodecs.encode(REQUEST_SUBMIT_BATCH_JOB, named, protocolVersion);
    }
}
