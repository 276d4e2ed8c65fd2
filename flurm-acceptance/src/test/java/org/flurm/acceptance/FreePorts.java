package org.flurm.acceptance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Finds ports on loopback that nothing listens on, for a private reference cluster. */
final class FreePorts {

    private static final int LOW = 20000;
    private static final int HIGH = 30000;
    private static final int ATTEMPTS = 50;

    private FreePorts() {
    }

    /**
     * The first of {@code count} consecutive free ports. The ports are free when checked, not
     * reserved: another process could take one before the cluster binds it.
     */
    static int consecutive(int count) throws IOException {
        // seeded by the process id: concurrent runs start their search at different places
        final SplittableRandom random = new SplittableRandom(ProcessHandle.current().pid());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            final int base = random.nextInt(LOW, HIGH - count);
            if (allFree(base, count)) {
                return base;
            }
        }
        throw new IOException("no " + count + " consecutive free ports in " + LOW + "-" + HIGH);
    }

    private static boolean allFree(int base, int count) {
        final List<ServerSocket> held = new ArrayList<>();
        try {
            for (int p = base; p < base + count; p++) {
                held.add(new ServerSocket(p, 1, InetAddress.getLoopbackAddress()));
            }
            return true;
        } catch (IOException taken) {
            return false;
        } finally {
            for (ServerSocket s : held) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a socket that was never used for anything cannot lose data
                }
            }
        }
    }
}
