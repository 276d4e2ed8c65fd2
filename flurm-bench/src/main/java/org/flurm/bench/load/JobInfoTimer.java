package org.flurm.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Arrays;

import org.flurm.auth.HashPolicy;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.Munge;
import org.flurm.auth.munge.MungeException;
import org.flurm.protocol.frame.AuthSection;
import org.flurm.protocol.frame.Frame;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.frame.Header;

/**
 * Measures how long a controller takes to answer squeue's REQUEST_JOB_INFO (2003): from the
 * last byte of the request written to the last byte of the reply read, so the time is the
 * server's (packing the whole queue) plus loopback transfer, without the client's unpacking
 * and printing. The request body is the one a real squeue sent, from a capture.
 *
 * <pre>
 * java -cp flurm-bench/target/benchmarks.jar org.flurm.bench.load.JobInfoTimer \
 *     --conf SLURM_CONF [--repeat 5] [--capture shared/protocol-captures/squeue.txt]
 * </pre>
 * Prints the median and the smallest time in milliseconds and the reply size.
 */
public final class JobInfoTimer {

    private static final int REQUEST_JOB_INFO = 2003;
    private static final int MAX_REPEAT = 100;

    private JobInfoTimer() {
    }

    public static void main(String[] args) throws IOException, MungeException {
        Path conf = null;
        int repeat = 5;
        Path capture = Path.of(System.getProperty("flurm.shared.dir", "../shared"))
                .resolve("protocol-captures/squeue.txt");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--conf" -> conf = Path.of(args[i + 1]);
                case "--repeat" -> repeat = Math.min(MAX_REPEAT, Integer.parseInt(args[i + 1]));
                case "--capture" -> capture = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (conf == null) {
            throw new IllegalArgumentException("usage: --conf SLURM_CONF [--repeat N]");
        }
        final SubmitLoadDriver.ControllerAddress address =
                SubmitLoadDriver.ControllerAddress.fromSlurmConf(conf);
        final MessageAuthenticator auth = new MessageAuthenticator(
                new Munge(address.mungeSocket(), Munge.DEFAULT_TTL), HashPolicy.DEFAULT);
        final Frame captured = SubmitTemplate.firstRequest(capture, REQUEST_JOB_INFO);
        final byte[] body = captured.body();
        final int version = captured.header().version();

        final long[] nanos = new long[repeat];
        long replyBytes = 0;
        for (int r = 0; r < repeat; r++) {
            final byte[] frame = new FrameCodec().encode(new Frame(
                    Header.of(version, 0, REQUEST_JOB_INFO, body.length),
                    AuthSection.munge(auth.sign(REQUEST_JOB_INFO, body, Munge.ANY_UID)), body));
            try (Socket socket = new Socket(address.socketAddress().getAddress(),
                    address.socketAddress().getPort())) {
                socket.setSoTimeout(300_000);
                final OutputStream out = socket.getOutputStream();
                final InputStream in = socket.getInputStream();
                out.write(frame);
                out.flush();
                final long start = System.nanoTime();

                // the reply is read to its end as raw bytes: the length prefix says where
                final byte[] prefix = in.readNBytes(4);
                final long length = ((prefix[0] & 0xffL) << 24) | ((prefix[1] & 0xff) << 16)
                        | ((prefix[2] & 0xff) << 8) | (prefix[3] & 0xff);
                in.skipNBytes(length);
                nanos[r] = System.nanoTime() - start;
                replyBytes = length + 4;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("job info reply: median %.1f ms, best %.1f ms, %d bytes%n",
                nanos[repeat / 2] / 1e6, nanos[0] / 1e6, replyBytes);
    }
}
