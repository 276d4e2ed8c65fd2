package org.flurm.node.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flurm.protocol.frame.Frame;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.message.slurmd.BatchJobLaunch;

/**
 * The REQUEST_BATCH_JOB_LAUNCH the real slurmctld sent in {@code batch_lifecycle.txt} of the
 * shared captures ({@code sbatch -w n2 -J caplife -o /tmp/slurm-ref/caplife.out
 * --wrap=hostname}, submitted by root from /tmp), decoded with the protocol module's codecs.
 */
final class CapturedLaunch {

    private static final Pattern HEX_LINE = Pattern.compile(
            "^\\s+[0-9a-f]{8}  ((?:[0-9a-f]{2} ?)+)");

    private CapturedLaunch() {
    }

    static BatchJobLaunch read() throws Exception {
        final String shared = System.getProperty("flurm.shared.dir",
                System.getenv().getOrDefault("FLURM_SHARED_DIR", "../shared"));
        final String text = Files.readString(Path.of(shared, "protocol-captures",
                "batch_lifecycle.txt"));
        final int at = text.indexOf("msg_type=4005");
        if (at < 0) {
            throw new IOException("no 4005 frame in batch_lifecycle.txt");
        }
        final int hex = text.indexOf("hex:", at);
        final int end = text.indexOf("-- t=", hex);
        final StringBuilder bytes = new StringBuilder();
        for (String line : text.substring(hex, end < 0 ? text.length() : end).split("\n")) {
            final Matcher m = HEX_LINE.matcher(line);
            if (m.find()) {
                bytes.append(m.group(1).replace(" ", ""));
            }
        }
        final Frame frame = new FrameCodec().decodeFrame(HexFormat.of().parseHex(bytes));
        return (BatchJobLaunch) frame.decodeBody();
    }
}
