package org.flurm.bench.load;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.flurm.auth.HashPolicy;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.Munge;
import org.flurm.auth.munge.MungeException;
import org.flurm.protocol.frame.AuthSection;
import org.flurm.protocol.frame.Frame;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.frame.FrameReader;
import org.flurm.protocol.frame.Header;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.common.SlurmRc;
import org.flurm.protocol.message.job.SubmitBatchJobResponse;
import org.flurm.protocol.pack.DecodeException;

/**
 * Submits batch jobs to a controller over SLURM's wire protocol as fast as a fixed number of
 * connections in flight allows, the way sbatch does (one connection per request, a MUNGE
 * credential over the body), but without a process per job. Prints the rate, the latency
 * distribution and the replies that were not an accepted job.
 *
 * <pre>
 * java -cp flurm-bench/target/benchmarks.jar org.flurm.bench.load.SubmitLoadDriver \
 *     --conf /tmp/slurm-ref/etc/slurm.conf [--connections 8] [--count 10000] \
 *     [--duration 30] [--template shared/protocol-captures/sbatch_hold.txt] [--name load]
 * </pre>
 *
 * <ul>
 *   <li>{@code --conf}: the controller's slurm.conf; SlurmctldHost (the first), SlurmctldPort
 *       and AuthInfo's socket= are read from it. The host must be a loopback address.</li>
 *   <li>{@code --connections}: requests in flight at once (1 to 256).</li>
 *   <li>{@code --count}, {@code --duration}: stop after so many submissions or so many
 *       seconds, whichever comes first (at most 1,000,000 and 600).</li>
 *   <li>{@code --template}: an annotated capture holding an sbatch request; the default one
 *       submits a held job ({@code --hold}) that writes to /dev/null, so nothing runs.</li>
 *   <li>{@code --name}: job names are this with a sequence number appended.</li>
 * </ul>
 */
public final class SubmitLoadDriver {

    private static final int MAX_COUNT = 1_000_000;
    private static final int MAX_SECONDS = 600;
    private static final int MAX_CONNECTIONS = 256;
    private static final int RESPONSE_SUBMIT_BATCH_JOB = 4004;
    private static final int RESPONSE_SLURM_RC = 8001;

    /** "Job is in held state, pending scheduler release": what a held submission answers. */
    private static final int ESLURM_JOB_HELD = 2042;

    private final InetSocketAddress controller;
    private final MessageAuthenticator authenticator;
    private final SubmitTemplate template;
    private final String namePrefix;
    private final FrameCodec codec = new FrameCodec();

    private final AtomicLong tickets = new AtomicLong();
    private final LongAdder accepted = new LongAdder();
    private final ConcurrentHashMap<String, LongAdder> refusals = new ConcurrentHashMap<>();

    SubmitLoadDriver(InetSocketAddress controller, MessageAuthenticator authenticator,
                     SubmitTemplate template, String namePrefix) {
        this.controller = controller;
        this.authenticator = authenticator;
        this.template = template;
        this.namePrefix = namePrefix;
    }

    /** What one run measured. */
    record Result(long accepted, long refused, double seconds, long[] latencyNanos,
                  List<String> refusals) {

        double perSecond() {
            return accepted / seconds;
        }

        double latencyMillis(double quantile) {
            if (latencyNanos.length == 0) {
                return Double.NaN;
            }
            final int index = (int) Math.min(latencyNanos.length - 1,
                    Math.ceil(quantile * latencyNanos.length) - 1);
            return latencyNanos[Math.max(0, index)] / 1e6;
        }
    }

    Result run(int connections, long count, long seconds) throws InterruptedException {
        final long begin = System.nanoTime();
        final long deadline = begin + seconds * 1_000_000_000L;
        final List<long[]> perThread = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            final long[] latencies = new long[(int) Math.min(count, MAX_COUNT)];
            perThread.add(latencies);
            threads.add(Thread.ofPlatform().name("submit-" + t)
                    .start(() -> submitUntil(count, deadline, latencies)));
        }
        for (Thread t : threads) {
            t.join();
        }
        final double elapsed = (System.nanoTime() - begin) / 1e9;

        // each thread filled its array from the front; a zero marks the end of its share
        final long[] all = perThread.stream()
                .flatMapToLong(a -> Arrays.stream(a).takeWhile(n -> n > 0))
                .sorted()
                .toArray();
        final long refused = refusals.values().stream().mapToLong(LongAdder::sum).sum();
        final List<String> lines = refusals.entrySet().stream()
                .map(e -> e.getValue().sum() + " x " + e.getKey())
                .sorted()
                .toList();
        return new Result(accepted.sum(), refused, elapsed, all, lines);
    }

    private void submitUntil(long count, long deadline, long[] latencies) {
        int done = 0;
        while (System.nanoTime() < deadline) {
            final long ticket = tickets.getAndIncrement();
            if (ticket >= count) {
                return;
            }
            final long start = System.nanoTime();
            final String outcome = submitOne(namePrefix + ticket);
            final long took = System.nanoTime() - start;
            if (outcome == null) {
                accepted.increment();
                latencies[done++] = Math.max(1, took);
            } else {
                refusals.computeIfAbsent(outcome, k -> new LongAdder()).increment();
            }
        }
    }

    /** Submits one job; {@code null} when it was accepted, else what went wrong. */
    private String submitOne(String name) {
        final byte[] body = template.body(name);
        final String credential;
        try {
            credential = authenticator.sign(SubmitTemplate.REQUEST_SUBMIT_BATCH_JOB, body,
                    Munge.ANY_UID);
        } catch (MungeException e) {
            return "munge: " + e.getMessage();
        }
        final byte[] frame = codec.encode(new Frame(
                Header.of(template.protocolVersion(), 0, SubmitTemplate.REQUEST_SUBMIT_BATCH_JOB,
                        body.length),
                AuthSection.munge(credential), body));
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(controller, 10_000);
            socket.setSoTimeout(60_000);
            final OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            out.write(frame);
            out.flush();
            final InputStream in = socket.getInputStream();
            final Frame reply = new FrameReader(codec).readFrame(in);
            return outcome(reply);
        } catch (IOException | DecodeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static String outcome(Frame reply) throws DecodeException {
        final int type = reply.header().msgType();
        final MessageBody body = reply.decodeBody();
        if (type == RESPONSE_SUBMIT_BATCH_JOB && body instanceof SubmitBatchJobResponse r) {
            return r.errorCode() == 0 || r.errorCode() == ESLURM_JOB_HELD ? null
                    : "submitted with error " + r.errorCode();
        }
        if (type == RESPONSE_SLURM_RC && body instanceof SlurmRc rc) {
            return "RESPONSE_SLURM_RC " + rc.returnCode();
        }
        return "unexpected reply type " + type;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path conf = null;
        int connections = 1;
        long count = -1;
        long seconds = -1;
        Path templateFile = Path.of(System.getProperty("flurm.shared.dir", "../shared"))
                .resolve("protocol-captures/sbatch_hold.txt");
        String name = "load";
        for (int i = 0; i < args.length; i++) {
            final String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--conf" -> conf = Path.of(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--count" -> count = Long.parseLong(value);
                case "--duration" -> seconds = Long.parseLong(value);
                case "--template" -> templateFile = Path.of(value);
                case "--name" -> name = value;
                default -> usage("unknown option " + args[i]);
            }
            i++;
        }
        if (conf == null) {
            usage("--conf is required");
        }
        if (count < 0 && seconds < 0) {
            usage("give --count or --duration (or both)");
        }
        if (connections < 1 || connections > MAX_CONNECTIONS || count > MAX_COUNT
                || seconds > MAX_SECONDS) {
            usage("limits: 1-" + MAX_CONNECTIONS + " connections, count <= " + MAX_COUNT
                    + ", duration <= " + MAX_SECONDS + " s");
        }
        final ControllerAddress address = ControllerAddress.fromSlurmConf(conf);
        final Munge munge = new Munge(address.mungeSocket(), Munge.DEFAULT_TTL);
        final SubmitLoadDriver driver = new SubmitLoadDriver(address.socketAddress(),
                new MessageAuthenticator(munge, HashPolicy.DEFAULT),
                SubmitTemplate.fromCapture(templateFile), name);

        final Result r = driver.run(connections, count < 0 ? MAX_COUNT : count,
                seconds < 0 ? MAX_SECONDS : seconds);
        System.out.printf("controller %s, %d connection(s) in flight%n",
                address.socketAddress(), connections);
        System.out.printf("accepted %d, refused %d in %.2f s: %.1f jobs/s%n",
                r.accepted(), r.refused(), r.seconds(), r.perSecond());
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                r.latencyMillis(0.50), r.latencyMillis(0.90), r.latencyMillis(0.99),
                r.latencyMillis(1.0));
        r.refusals().forEach(line -> System.out.println("refused: " + line));
    }

    private static void usage(String problem) {
        System.err.println("SubmitLoadDriver: " + problem);
        System.err.println("usage: --conf SLURM_CONF [--connections N] [--count N]"
                + " [--duration SECONDS] [--template CAPTURE] [--name PREFIX]");
        System.exit(2);
    }

    /** Where the controller of a slurm.conf listens, and the munged its site uses. */
    record ControllerAddress(InetSocketAddress socketAddress, Path mungeSocket) {

        static ControllerAddress fromSlurmConf(Path conf) throws IOException {
            String host = null;
            int port = 6817;
            Path socket = Munge.DEFAULT_SOCKET;
            for (String raw : Files.readAllLines(conf)) {
                final String line = raw.replaceAll("#.*", "").strip();
                final int eq = line.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                final String key = line.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
                final String value = line.substring(eq + 1).strip();
                switch (key) {
                    case "slurmctldhost", "controlmachine" -> {
                        if (host == null) {
                            host = value.replaceAll("\\(.*", "");
                        }
                    }
                    case "slurmctldport" -> port = Integer.parseInt(value.replaceAll("-.*", ""));
                    case "authinfo" -> {
                        for (String part : value.split(",")) {
                            if (part.startsWith("socket=")) {
                                socket = Path.of(part.substring("socket=".length()));
                            }
                        }
                    }
                    default -> { }
                }
            }
            if (host == null) {
                throw new IOException(conf + " names no SlurmctldHost");
            }

            // LIMIT: loopback only, so that the driver cannot be pointed at a shared cluster
            final InetAddress address = InetAddress.getByName(host);
            if (!address.isLoopbackAddress()) {
                throw new IOException("SlurmctldHost " + host + " is not a loopback address");
            }
            return new ControllerAddress(new InetSocketAddress(address, port), socket);
        }
    }
}
