package org.flurm.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;

import org.flurm.auth.HashPolicy;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.auth.munge.Munge;
import org.flurm.protocol.frame.AuthSection;
import org.flurm.protocol.frame.Frame;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.frame.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What slurmctld does with a message it cannot read, authenticate or decode: close the
 * connection without a word, so nothing is learnt from the answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnreadableRequestsTest {

    private static final int REQUEST_PING = 1008;
    private static final int REQUEST_JOB_INFO_SINGLE = 2021;

    private TestCluster cluster;
    private Flurmctld ctld;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        cluster = TestCluster.create(temp);
        ctld = Flurmctld.start(cluster.slurmConf());
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (ctld != null) {
                ctld.close();
            }
        } finally {
            cluster.close();
        }
    }

    /** Sends {@code bytes} and returns everything the controller wrote before closing. */
    private byte[] exchange(byte[] bytes) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", cluster.port())) {
            socket.setSoTimeout(30_000);
            final OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            final InputStream in = socket.getInputStream();
            return in.readAllBytes();
        }
    }

    private static byte[] frame(int msgType, byte[] body, String credential) {
        final Header header = Header.of(0x2600, 0, msgType, body.length);
        return new FrameCodec().encode(new Frame(header, AuthSection.munge(credential), body));
    }

    @Test
    void aLengthPrefixAboveTheCapIsClosedWithoutAReply() throws Exception {
        assertThat(exchange(new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF})).isEmpty();
    }

    @Test
    void aForgedCredentialIsClosedWithoutAReply() throws Exception {
        assertThat(exchange(frame(REQUEST_PING, new byte[0], "MUNGE:AwQFAAAJforged=:")))
                .isEmpty();
    }

    @Test
    void aCredentialForAnotherBodyIsClosedWithoutAReply() throws Exception {
        // a real credential whose K12 payload was made for a different message type
        final Munge munge = Munge.fromAuthInfo("socket=" + cluster.mungeSocket());
        final String credential = new MessageAuthenticator(munge,
                HashPolicy.DEFAULT).sign(REQUEST_PING, new byte[0], Munge.ANY_UID);

        final byte[] body = {0, 0, 0, 1, 0, 0x10};
        assertThat(exchange(frame(REQUEST_JOB_INFO_SINGLE, body, credential))).isEmpty();
    }

    @Test
    void aTruncatedBodyIsClosedWithoutAReply() throws Exception {
        final Munge munge = Munge.fromAuthInfo("socket=" + cluster.mungeSocket());
        final byte[] body = {0, 0, 0, 1};
        final String credential = new MessageAuthenticator(munge,
                HashPolicy.DEFAULT).sign(REQUEST_JOB_INFO_SINGLE, body,
                Munge.ANY_UID);

        // authentic, but too short for REQUEST_JOB_INFO_SINGLE's job id and show flags
        assertThat(exchange(frame(REQUEST_JOB_INFO_SINGLE, body, credential))).isEmpty();
    }
}
