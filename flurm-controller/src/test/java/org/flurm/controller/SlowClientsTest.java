package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.flurm.controller.TestCluster.Result;
import org.flurm.controller.server.ControllerServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Clients that connect and send nothing, or a byte a second, hold none of the controller's
 * places for long: with 500 of the first and 50 of the second connected, the stock squeue
 * and sbatch keep working, and every idle connection is closed by the controller.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlowClientsTest {

    private static final int IDLE = 500;
    private static final int TRICKLING = 50;

    private final ListAppender<ILoggingEvent> serverLog = new ListAppender<>();
    private TestCluster cluster;
    private Flurmctld ctld;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        serverLog.start();
        ((Logger) LoggerFactory.getLogger(ControllerServer.class)).addAppender(serverLog);
        cluster = TestCluster.create(temp);
        Files.writeString(cluster.slurmConf(), "MessageTimeout=3\n", StandardOpenOption.APPEND);
        cluster.addToFlurmConf("MaxUnauthenticatedConnections=100");
        ctld = Flurmctld.start(cluster.slurmConf());
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (ctld != null) {
                ctld.close();
            }
        } finally {
            ((Logger) LoggerFactory.getLogger(ControllerServer.class)).detachAppender(serverLog);
            cluster.close();
        }
    }

    @Test
    void idleAndTricklingConnectionsNeitherBlockTheClientsNorStayOpen() throws Exception {
        final List<Socket> idle = new ArrayList<>();
        try (ExecutorService tricklers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < IDLE; i++) {
                idle.add(new Socket("127.0.0.1", cluster.port()));
            }
            final List<Future<?>> trickling = new ArrayList<>();
            for (int i = 0; i < TRICKLING; i++) {
                trickling.add(tricklers.submit(this::trickle));
            }

            // the stock clients are served meanwhile
            for (int round = 0; round < 3; round++) {
                final Result squeue = cluster.run("squeue", "-h", "-o", "%i");
                assertThat(squeue.exit()).as(squeue.output()).isZero();
                final Result sbatch = cluster.run("sbatch", "--parsable", "--hold",
                        "--wrap=true");
                assertThat(sbatch.output()).as(sbatch.output()).matches("\\d+\n");
            }

            // every idle connection ends with the controller closing it, without a reply
            for (Socket socket : idle) {
                socket.setSoTimeout(60_000);
                assertThat(readUntilClosed(socket.getInputStream())).isZero();
            }
            for (Future<?> f : trickling) {
                f.cancel(true);
            }

            // the operator is told that the cap was reached
            assertThat(serverLog.list.stream().map(ILoggingEvent::getFormattedMessage))
                    .anyMatch(line -> line.matches("MaxUnauthenticatedConnections=100 reached:"
                            + " closed \\d+ connections that had not sent their request"));
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    /** Sends the start of a frame a byte a second until the controller closes the socket. */
    private Void trickle() throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", cluster.port())) {
            final OutputStream out = socket.getOutputStream();
            // a 100-byte frame is announced, then fed slowly
            final byte[] start = {0, 0, 0, 100};
            for (int i = 0; ; i++) {
                out.write(i < start.length ? start[i] : 0);
                out.flush();
                Thread.sleep(1000);
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** Bytes received before the peer closed; a reset counts as closed. */
    private static int readUntilClosed(InputStream in) throws IOException {
        int received = 0;
        try {
            while (in.read() >= 0) {
                received++;
            }
        } catch (java.net.SocketException e) {
            // connection reset by the closing controller
        }
        return received;
    }
}
