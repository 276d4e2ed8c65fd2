package org.flurm.protocol.frame;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.DecodeException.Kind;
import org.flurm.protocol.testing.Captures;

/**
 * Derives malformed frames from real captured ones and feeds each to {@link FrameCodec}, to
 * {@link FrameReader} and, when the frame still parses, to {@link MessageCodecs#decode}, so that
 * every registered body layout is exercised with hostile bytes.
 *
 * <p>What must hold for every case: only {@link DecodeException} escapes the decoders (the reader
 * may also end with {@link EOFException}); a length prefix above the cap is refused after
 * reading the four prefix bytes and nothing more; one frame decode allocates at most
 * {@link #ALLOCATION_LIMIT} bytes (measured per thread where the JVM supports it); and a frame
 * that parses writes back to bytes that parse to the same bytes again. Each case is one
 * synchronous call on a small array and every loop in the decoders is bounded by the bytes
 * left, so every case returns; a decoder that looped would stop the run rather than pass.
 *
 * <p>Run it on its own for large counts (the integrator's fuzz report):
 * <pre>
 * mvn -q -pl flurm-protocol -am test-compile
 * java -cp flurm-protocol/target/classes:flurm-protocol/target/test-classes \
 *     -Dflurm.shared.dir=../shared org.flurm.protocol.frame.FrameMutator 1000000 1
 * </pre>
 * Arguments: the number of random mutations (default 1,000,000) and the seed (default 1). The
 * systematic cases (truncation at every {@link #TRUNCATION_STEP}-th offset, huge lengths at every
 * offset of the first {@link #HUGE_LENGTH_SPAN} bytes) run first. The exit status is 1 if any
 * case crashed or broke a rule.
 */
public final class FrameMutator {

    /** The ways a case is derived from a captured frame. */
    public enum Mutation {
        TRUNCATE, BIT_FLIP, BYTE_SET, HUGE_LENGTH, HEADER_FIELD, GARBAGE, SPLICE, REPEAT_RANGE,
        DELETE_RANGE, BODY_TRUNCATE, BODY_EXTEND
    }

    /** The cap the cases run under: far above any captured frame, far below the default. */
    public static final int CAP = 64 * 1024;
    /** The most one frame decode may allocate; a length that escaped its bound needs far more. */
    public static final long ALLOCATION_LIMIT = 64L * CAP;
    public static final int TRUNCATION_STEP = 4;
    public static final int HUGE_LENGTH_SPAN = 256;

    private static final int[] HUGE_VALUES = {
        0xFFFFFFFF, 0xFFFFFFFE, 0x7FFFFFFF, 0x80000000, 0x40000000, CAP + 1, 0x00010000, 0xFFFF
    };
    private static final int[] INTERESTING_BYTES = {0x00, 0xFF, 0x7F, 0x80, 0x01, 0xFE};
    private static final int[] INTERESTING_U16 = {
        0, 1, 2, 10, 0xFFFF, 0xFFFE, 0x2400, 0x2500, 0x2600, 0x2700, 8001, 65000
    };
    private static final int KEPT_CRASHES = 20;

    /** How the cases ended. */
    public static final class Report {
        long cases;
        long framesParsed;
        long bodiesDecoded;
        final Map<Kind, Long> frameRejections = new EnumMap<>(Kind.class);
        final Map<Kind, Long> bodyRejections = new EnumMap<>(Kind.class);
        final Map<Mutation, Long> casesByMutation = new EnumMap<>(Mutation.class);
        long readerOversizeRefusals;
        long readerEndOfStream;
        long crashes;
        long violations;
        long maxAllocatedBytes;
        final List<String> problems = new ArrayList<>();

        public long crashes() {
            return crashes;
        }

        public long violations() {
            return violations;
        }

        public long cases() {
            return cases;
        }

        public long framesParsed() {
            return framesParsed;
        }

        public long bodiesDecoded() {
            return bodiesDecoded;
        }

        public Map<Kind, Long> frameRejections() {
            return frameRejections;
        }

        public long readerOversizeRefusals() {
            return readerOversizeRefusals;
        }

        public List<String> problems() {
            return problems;
        }

        private void problem(String text) {
            if (problems.size() < KEPT_CRASHES) {
                problems.add(text);
            }
        }

        @Override
        public String toString() {
            final StringBuilder text = new StringBuilder();
            text.append("cases: ").append(cases).append('\n');
            text.append("cases by mutation: ").append(casesByMutation).append('\n');
            text.append("frames parsed: ").append(framesParsed).append('\n');
            text.append("frames rejected (DecodeException by kind): ").append(frameRejections)
                    .append('\n');
            text.append("bodies decoded: ").append(bodiesDecoded).append('\n');
            text.append("bodies rejected (DecodeException by kind): ").append(bodyRejections)
                    .append('\n');
            text.append("reader: oversize prefixes refused after 4 bytes: ")
                    .append(readerOversizeRefusals).append(", streams ended early: ")
                    .append(readerEndOfStream).append('\n');
            text.append("most bytes allocated by one frame decode: ")
                    .append(maxAllocatedBytes < 0 ? "not measurable on this JVM"
                            : Long.toString(maxAllocatedBytes)).append('\n');
            text.append("crashes (throwables other than DecodeException): ").append(crashes)
                    .append('\n');
            text.append("rule violations (cap, allocation, round trip): ").append(violations)
                    .append('\n');
            for (String problem : problems) {
                text.append("  ").append(problem).append('\n');
            }
            return text.toString();
        }
    }

    /** Counts the bytes a reader took from the stream. */
    private static final class CountingStream extends FilterInputStream {
        private long consumed;

        CountingStream(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read() throws IOException {
            final int b = super.read();
            if (b >= 0) {
                consumed++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            final int n = super.read(buffer, offset, length);
            if (n > 0) {
                consumed += n;
            }
            return n;
        }
    }

    private final List<byte[]> seeds;
    private final int[] bodyOffsets;
    private final FrameCodec codec = new FrameCodec(CAP);
    private final FrameReader reader = new FrameReader(codec);
    private final com.sun.management.ThreadMXBean threads;

    /** A mutator over these frames (each with its length prefix; each must parse). */
    public FrameMutator(List<byte[]> seeds) {
        this.seeds = List.copyOf(seeds);
        this.bodyOffsets = new int[seeds.size()];
        for (int i = 0; i < seeds.size(); i++) {
            try {
                final byte[] seed = seeds.get(i);
                bodyOffsets[i] = seed.length - codec.decodeFrame(seed).body().length;
            } catch (DecodeException e) {
                throw new IllegalArgumentException("seed " + i + " does not parse", e);
            }
        }
        this.threads = allocationCounter();
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            bean.setThreadAllocatedMemoryEnabled(true);
            return bean;
        }
        return null;
    }

    /** Every captured RPC frame, one per distinct message type and length when distinct. */
    public static List<byte[]> capturedFrames(boolean distinctOnly) {
        final Map<String, byte[]> frames = new LinkedHashMap<>();
        int index = 0;
        for (var file : Captures.files()) {
            for (var frame : Captures.read(file)) {
                if (frame.msgType() < 0) {
                    continue;
                }
                final String key = distinctOnly ? frame.msgType() + ":" + frame.frame().length
                        : Integer.toString(index++);
                frames.putIfAbsent(key, frame.frame());
            }
        }
        return new ArrayList<>(frames.values());
    }

    /** Truncation at every step-th offset and huge lengths at each of the first span offsets. */
    public Report runSystematic(int truncationStep, int hugeLengthSpan) {
        final Report report = new Report();
        warmUp();
        for (int s = 0; s < seeds.size(); s++) {
            final byte[] seed = seeds.get(s);
            for (int cut = 0; cut < seed.length; cut += truncationStep) {
                runCase(Mutation.TRUNCATE, Arrays.copyOf(seed, cut), "seed " + s + " cut " + cut,
                        report);
                runCase(Mutation.TRUNCATE, fixPrefix(Arrays.copyOf(seed, cut)),
                        "seed " + s + " cut " + cut + " prefix fixed", report);
            }
            for (int at = 0; at <= Math.min(hugeLengthSpan, seed.length - 4); at++) {
                final int value = HUGE_VALUES[at % HUGE_VALUES.length];
                runCase(Mutation.HUGE_LENGTH, writeU32(seed.clone(), at, value),
                        "seed " + s + " u32 " + Integer.toHexString(value) + " at " + at, report);
            }
        }
        return report;
    }

    /** {@code count} random mutations, reproducible from {@code seed}. */
    public Report runRandom(long seed, long count) {
        final Report report = new Report();
        warmUp();
        final Random random = new Random(seed);
        final Mutation[] mutations = Mutation.values();
        for (long i = 0; i < count; i++) {
            final long caseSeed = random.nextLong();
            final Random caseRandom = new Random(caseSeed);
            final Mutation mutation = mutations[caseRandom.nextInt(mutations.length)];
            final byte[] input = mutate(caseRandom, mutation);
            runCase(mutation, input, "case seed " + caseSeed, report);
        }
        return report;
    }

    /** First calls load classes and link call sites; keep that out of the allocation figures. */
    private void warmUp() {
        final Report ignored = new Report();
        for (byte[] seed : seeds) {
            runCase(Mutation.TRUNCATE, seed, "warm-up", ignored);
            runCase(Mutation.TRUNCATE, Arrays.copyOf(seed, seed.length / 2), "warm-up", ignored);
        }
    }

    /** Derives one case from a random seed frame. */
    byte[] mutate(Random random, Mutation mutation) {
        final int s = random.nextInt(seeds.size());
        final byte[] seed = seeds.get(s).clone();
        final int length = seed.length;
        return switch (mutation) {
            case TRUNCATE -> maybeFixPrefix(random, Arrays.copyOf(seed, random.nextInt(length)));
            case BIT_FLIP -> {
                for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                    seed[random.nextInt(length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield seed;
            }
            case BYTE_SET -> {
                for (int sets = 1 + random.nextInt(4); sets > 0; sets--) {
                    seed[random.nextInt(length)] =
                            (byte) INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)];
                }
                yield seed;
            }
            case HUGE_LENGTH -> {
                final int at = random.nextBoolean() ? random.nextInt(Math.min(64, length - 3))
                        : random.nextInt(length - 3);
                yield writeU32(seed, at, HUGE_VALUES[random.nextInt(HUGE_VALUES.length)]);
            }
            case HEADER_FIELD -> {
                final int at = 4 + 2 * random.nextInt(9);
                final int value = random.nextInt(4) == 0 ? random.nextInt(0x10000)
                        : INTERESTING_U16[random.nextInt(INTERESTING_U16.length)];
                seed[at] = (byte) (value >>> 8);
                seed[at + 1] = (byte) value;
                yield seed;
            }
            case GARBAGE -> {
                final byte[] garbage = new byte[random.nextInt(512)];
                random.nextBytes(garbage);
                if (garbage.length >= 6 && random.nextBoolean()) {
                    garbage[4] = 0x26;
                    garbage[5] = 0x00;
                }
                yield maybeFixPrefix(random, garbage);
            }
            case SPLICE -> {
                final byte[] other = seeds.get(random.nextInt(seeds.size()));
                final int head = random.nextInt(length + 1);
                final int tail = random.nextInt(other.length + 1);
                final byte[] spliced = Arrays.copyOf(seed, head + other.length - tail);
                System.arraycopy(other, tail, spliced, head, other.length - tail);
                yield maybeFixPrefix(random, spliced);
            }
            case REPEAT_RANGE -> {
                final int from = random.nextInt(length);
                final int to = from + random.nextInt(Math.min(64, length - from)) + 1;
                final byte[] longer = new byte[length + to - from];
                System.arraycopy(seed, 0, longer, 0, to);
                System.arraycopy(seed, from, longer, to, length - from);
                yield maybeFixPrefix(random, longer);
            }
            case DELETE_RANGE -> {
                final int from = random.nextInt(length);
                final int to = from + random.nextInt(Math.min(64, length - from)) + 1;
                final byte[] shorter = new byte[length - (to - from)];
                System.arraycopy(seed, 0, shorter, 0, from);
                System.arraycopy(seed, to, shorter, from, length - to);
                yield maybeFixPrefix(random, shorter);
            }
            case BODY_TRUNCATE -> {
                final int bodyOffset = bodyOffsets[s];
                final int cut = bodyOffset + random.nextInt(length - bodyOffset + 1);
                yield fixBodyLength(Arrays.copyOf(seed, cut), bodyOffset);
            }
            case BODY_EXTEND -> {
                final byte[] longer = Arrays.copyOf(seed, length + 1 + random.nextInt(16));
                for (int i = length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                yield fixBodyLength(longer, bodyOffsets[s]);
            }
        };
    }

    /** Feeds one input to the reader, the frame codec and, if it parses, the body codec. */
    void runCase(Mutation mutation, byte[] input, String description, Report report) {
        report.cases++;
        report.casesByMutation.merge(mutation, 1L, Long::sum);
        final String what = mutation + " " + description + " (" + input.length + " bytes)";

        checkReader(input, what, report);

        final long before = allocatedBytes();
        Frame frame = null;
        try {
            frame = codec.decodeFrame(input);
            report.framesParsed++;
        } catch (DecodeException e) {
            report.frameRejections.merge(e.kind(), 1L, Long::sum);
        } catch (Throwable t) {
            report.crashes++;
            report.problem("frame crash " + what + ": " + t);
        }
        final long allocated = allocatedBytes() - before;
        if (before >= 0) {
            report.maxAllocatedBytes = Math.max(report.maxAllocatedBytes, allocated);
            if (allocated > ALLOCATION_LIMIT) {
                report.violations++;
                report.problem("frame decode allocated " + allocated + " bytes: " + what);
            }
        } else {
            report.maxAllocatedBytes = -1;
        }
        if (frame == null) {
            return;
        }

        checkRoundTrip(frame, what, report);
        try {
            MessageCodecs.decode(frame.header().msgType(), frame.body(), frame.header().version());
            report.bodiesDecoded++;
        } catch (DecodeException e) {
            report.bodyRejections.merge(e.kind(), 1L, Long::sum);
        } catch (Throwable t) {
            report.crashes++;
            report.problem("body crash " + what + " type " + frame.header().msgType() + ": " + t);
        }
    }

    /** The reader refuses an oversize prefix having read only the prefix. */
    private void checkReader(byte[] input, String what, Report report) {
        final CountingStream in = new CountingStream(input);
        final boolean oversize = input.length >= 4 && Integer.toUnsignedLong(
                ((input[0] & 0xFF) << 24) | ((input[1] & 0xFF) << 16)
                        | ((input[2] & 0xFF) << 8) | (input[3] & 0xFF)) > CAP;
        try {
            reader.readFrame(in);
        } catch (DecodeException e) {
            if (oversize && e.kind() == Kind.OVERSIZE && in.consumed == 4) {
                report.readerOversizeRefusals++;
            }
        } catch (EOFException e) {
            report.readerEndOfStream++;
        } catch (Throwable t) {
            report.crashes++;
            report.problem("reader crash " + what + ": " + t);
            return;
        }
        if (oversize && in.consumed != 4) {
            report.violations++;
            report.problem("reader took " + in.consumed + " bytes of an oversize frame: " + what);
        }
    }

    /** A frame that parsed writes back to bytes that read and write back the same. */
    private void checkRoundTrip(Frame frame, String what, Report report) {
        try {
            final byte[] written = codec.encode(frame);
            final byte[] rewritten = codec.encode(codec.decodeFrame(written));
            if (!Arrays.equals(written, rewritten)) {
                report.violations++;
                report.problem("round trip changed the bytes: " + what);
            }
        } catch (Throwable t) {
            report.violations++;
            report.problem("round trip failed " + what + ": " + t);
        }
    }

    private long allocatedBytes() {
        return threads == null ? -1 : threads.getCurrentThreadAllocatedBytes();
    }

    private static byte[] writeU32(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
        return bytes;
    }

    private static byte[] fixPrefix(byte[] bytes) {
        return bytes.length < 4 ? bytes : writeU32(bytes, 0, bytes.length - 4);
    }

    private static byte[] maybeFixPrefix(Random random, byte[] bytes) {
        return random.nextBoolean() ? fixPrefix(bytes) : bytes;
    }

    /** Sets body_length (22.05 header: offset 6 of the message) and the prefix to fit. */
    private static byte[] fixBodyLength(byte[] bytes, int bodyOffset) {
        writeU32(bytes, 4 + 6, Math.max(0, bytes.length - bodyOffset));
        return fixPrefix(bytes);
    }

    /** Runs the systematic cases, then N random ones, and prints what happened. */
    public static void main(String[] args) {
        final long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        final long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;

        final Report systematic = new FrameMutator(capturedFrames(true))
                .runSystematic(TRUNCATION_STEP, HUGE_LENGTH_SPAN);
        System.out.println("== systematic: truncation every " + TRUNCATION_STEP
                + " bytes, huge u32 at each of the first " + HUGE_LENGTH_SPAN + " offsets");
        System.out.print(systematic);

        final Report random = new FrameMutator(capturedFrames(false)).runRandom(seed, count);
        System.out.println("== random: " + count + " mutations, seed " + seed);
        System.out.print(random);

        final boolean failed = systematic.crashes + systematic.violations + random.crashes
                + random.violations > 0;
        System.exit(failed ? 1 : 0);
    }
}
