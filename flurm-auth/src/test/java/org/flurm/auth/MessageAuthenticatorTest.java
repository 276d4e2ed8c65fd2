package org.flurm.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.flurm.auth.AuthenticationException.Reason;
import org.flurm.auth.hash.MessageHash;
import org.flurm.auth.munge.Munge;
import org.flurm.auth.munge.MungeError;
import org.flurm.auth.munge.MungeException;
import org.flurm.auth.testing.MungedProcess;
import org.flurm.auth.testing.ProcessIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests are accepted only with a valid credential whose payload matches the message. */
class MessageAuthenticatorTest {

    private static final int REQUEST_PING = 1008;
    private static final int REQUEST_JOB_INFO = 2003;
    // squeue's REQUEST_JOB_INFO body: last_update 0, show_flags 0x0010, NO_VAL
    private static final byte[] JOB_INFO_BODY = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
        (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe};

    private static MungedProcess munged;
    private static MessageAuthenticator authenticator;

    @BeforeAll
    static void startMunged() {
        munged = MungedProcess.start();
        authenticator = new MessageAuthenticator(munged.munge(), HashPolicy.DEFAULT);
    }

    @AfterAll
    static void stopMunged() {
        munged.close();
    }

    private static Reason reasonOf(ThrowingVerify verify) {
        try {
            verify.run();
        } catch (AuthenticationException e) {
            return e.reason();
        } catch (MungeException e) {
            throw new AssertionError("signing failed", e);
        }
        throw new AssertionError("verification accepted the message");
    }

    @FunctionalInterface
    private interface ThrowingVerify {
        void run() throws AuthenticationException, MungeException;
    }

    @Test
    void signedRequestIsAcceptedAsTheSigningProcess() throws Exception {
        final String credential = authenticator.sign(REQUEST_JOB_INFO, JOB_INFO_BODY,
                Munge.ANY_UID);

        final AuthenticatedIdentity identity =
                authenticator.verify(REQUEST_JOB_INFO, JOB_INFO_BODY, credential);

        assertThat(identity).isEqualTo(new AuthenticatedIdentity(ProcessIdentity.uid(),
                ProcessIdentity.gid(), MessageHash.Form.K12));
    }

    @Test
    void sameCredentialTwiceIsReplayed() throws Exception {
        final String credential = authenticator.sign(REQUEST_PING, new byte[0], Munge.ANY_UID);
        authenticator.verify(REQUEST_PING, new byte[0], credential);

        assertThat(reasonOf(() -> authenticator.verify(REQUEST_PING, new byte[0], credential)))
                .isEqualTo(Reason.REPLAYED);
    }

    @Test
    void garbageCredentialIsInvalid() {
        assertThat(reasonOf(() -> authenticator.verify(REQUEST_PING, new byte[0],
                "MUNGE:notacredential:"))).isEqualTo(Reason.INVALID);
    }

    @Test
    void credentialFromAnotherMungeKeyIsInvalidAndSaysSo() throws Exception {
        final String foreign;
        try (MungedProcess other = MungedProcess.start()) {
            foreign = new MessageAuthenticator(other.munge(), HashPolicy.DEFAULT)
                    .sign(REQUEST_PING, new byte[0], Munge.ANY_UID);
        }

        assertThatThrownBy(() -> authenticator.verify(REQUEST_PING, new byte[0], foreign))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID);
                    assertThat(e.mungeError()).contains(MungeError.CRED_INVALID);
                })
                .hasMessageContaining("another MUNGE key");
    }

    @Test
    void flippedBodyByteIsABodyHashMismatch() throws Exception {
        final String credential = authenticator.sign(REQUEST_JOB_INFO, JOB_INFO_BODY,
                Munge.ANY_UID);
        final byte[] tampered = JOB_INFO_BODY.clone();
        tampered[9] ^= 0x01;

        assertThat(reasonOf(() -> authenticator.verify(REQUEST_JOB_INFO, tampered, credential)))
                .isEqualTo(Reason.BODY_HASH_MISMATCH);
    }

    @Test
    void k12HashMadeForPingDoesNotMatchJobInfo() throws Exception {
        final String credential = authenticator.sign(REQUEST_PING, new byte[0], Munge.ANY_UID);

        assertThat(reasonOf(() -> authenticator.verify(REQUEST_JOB_INFO, new byte[0],
                credential))).isEqualTo(Reason.BODY_HASH_MISMATCH);
    }

    @Test
    void typeOnlyPayloadForPingIsTheWrongMessageTypeForJobInfo() throws Exception {
        final String credential = authenticator.sign(0x2600, MessageHash.Form.NONE,
                REQUEST_PING, new byte[0], 0, 0, Munge.ANY_UID);

        assertThat(reasonOf(() -> authenticator.verify(REQUEST_JOB_INFO, JOB_INFO_BODY,
                credential))).isEqualTo(Reason.WRONG_MESSAGE_TYPE);
    }

    @Test
    void typeOnlyPayloadForTheRightTypeIsAccepted() throws Exception {
        final String credential = authenticator.sign(0x2600, MessageHash.Form.NONE,
                REQUEST_JOB_INFO, JOB_INFO_BODY, 0, JOB_INFO_BODY.length, Munge.ANY_UID);

        assertThat(authenticator.verify(REQUEST_JOB_INFO, JOB_INFO_BODY, credential).hashForm())
                .isEqualTo(MessageHash.Form.NONE);
    }

    @Test
    void typeOnlyPayloadInHostOrderIsAcceptedFromA2108Peer() throws Exception {
        final String credential = munged.munge().encode(new byte[] {1, (byte) 0xf0, 0x03});

        assertThat(authenticator.verify(MessageAuthenticator.AUTH_PLUGIN_MUNGE, 0x2500,
                REQUEST_PING, new byte[0], 0, 0, credential).hashForm())
                .isEqualTo(MessageHash.Form.NONE);
    }

    @Test
    void typeOnlyPayloadInHostOrderIsRefusedFromA2205Peer() throws Exception {
        final String credential = munged.munge().encode(new byte[] {1, (byte) 0xf0, 0x03});

        assertThat(reasonOf(() -> authenticator.verify(REQUEST_PING, new byte[0], credential)))
                .isEqualTo(Reason.WRONG_MESSAGE_TYPE);
    }

    @Test
    void typeOnlyPayloadIsRefusedWithBlockZeroHash() throws Exception {
        final MessageAuthenticator strict = new MessageAuthenticator(munged.munge(),
                HashPolicy.fromCommunicationParameters("NoAddrCache,block_zero_hash"));
        final String credential = strict.sign(0x2600, MessageHash.Form.NONE, REQUEST_PING,
                new byte[0], 0, 0, Munge.ANY_UID);

        assertThat(reasonOf(() -> strict.verify(REQUEST_PING, new byte[0], credential)))
                .isEqualTo(Reason.ZERO_HASH_BLOCKED);
    }

    @Test
    void emptyPayloadIsAcceptedByDefault() throws Exception {
        final String credential = munged.munge().encode(new byte[0]);

        assertThat(authenticator.verify(REQUEST_PING, new byte[0], credential))
                .isEqualTo(new AuthenticatedIdentity(ProcessIdentity.uid(),
                        ProcessIdentity.gid(), MessageHash.Form.EMPTY));
    }

    @Test
    void emptyPayloadIsRefusedWithBlockNullHash() throws Exception {
        final MessageAuthenticator strict = new MessageAuthenticator(munged.munge(),
                HashPolicy.fromCommunicationParameters("block_null_hash"));
        final String credential = munged.munge().encode(new byte[0]);

        assertThat(reasonOf(() -> strict.verify(REQUEST_PING, new byte[0], credential)))
                .isEqualTo(Reason.NULL_HASH_BLOCKED);
    }

    @Test
    void unknownHashTypeIsUnsupported() throws Exception {
        final byte[] sha256Like = new byte[33];
        sha256Like[0] = 3;
        final String credential = munged.munge().encode(sha256Like);

        assertThat(reasonOf(() -> authenticator.verify(REQUEST_PING, new byte[0], credential)))
                .isEqualTo(Reason.UNSUPPORTED_HASH);
    }

    @Test
    void truncatedK12PayloadIsABodyHashMismatch() throws Exception {
        final byte[] payload = MessageHash.k12Payload(REQUEST_PING, new byte[0]);
        final String credential = munged.munge().encode(java.util.Arrays.copyOf(payload, 17));

        assertThat(reasonOf(() -> authenticator.verify(REQUEST_PING, new byte[0], credential)))
                .isEqualTo(Reason.BODY_HASH_MISMATCH);
    }

    @Test
    void unreachableDaemonIsReportedAsSuch() {
        final MessageAuthenticator nowhere = new MessageAuthenticator(
                new Munge(Path.of("/nonexistent/flurm/munge.socket.2"), 0), HashPolicy.DEFAULT);

        assertThat(reasonOf(() -> nowhere.verify(REQUEST_PING, new byte[0], "MUNGE:AwQ:")))
                .isEqualTo(Reason.DAEMON_UNREACHABLE);
    }

    @Test
    void credentialRestrictedToAnotherUidIsUnauthorized() throws Exception {
        final String credential = authenticator.sign(REQUEST_PING, new byte[0],
                ProcessIdentity.uid() + 4242);

        assertThat(reasonOf(() -> authenticator.verify(REQUEST_PING, new byte[0], credential)))
                .isEqualTo(Reason.UNAUTHORIZED);
    }

    @Test
    void otherAuthPluginIsRefusedBeforeMungeIsAsked() {
        assertThat(reasonOf(() -> authenticator.verify(102, 0x2600, REQUEST_PING, new byte[0],
                0, 0, "eyJhbGciOi"))).isEqualTo(Reason.BAD_PLUGIN);
    }

    @Test
    void missingCredentialIsRefused() {
        assertThat(reasonOf(() -> authenticator.verify(REQUEST_PING, new byte[0], "")))
                .isEqualTo(Reason.MISSING_CREDENTIAL);
    }

    @Test
    void bodySliceOfAFrameIsVerifiedInPlace() throws Exception {
        final byte[] frame = new byte[4 + JOB_INFO_BODY.length + 3];
        System.arraycopy(JOB_INFO_BODY, 0, frame, 4, JOB_INFO_BODY.length);
        final String credential = authenticator.sign(REQUEST_JOB_INFO, JOB_INFO_BODY,
                Munge.ANY_UID);

        assertThat(authenticator.verify(MessageAuthenticator.AUTH_PLUGIN_MUNGE, 0x2600,
                REQUEST_JOB_INFO, frame, 4, JOB_INFO_BODY.length, credential).uid())
                .isEqualTo(ProcessIdentity.uid());
    }

    @Test
    void everyMungeErrorMapsToAReason() {
        assertThat(MessageAuthenticator.reasonFor(MungeError.CRED_EXPIRED))
                .isEqualTo(Reason.EXPIRED);
        assertThat(MessageAuthenticator.reasonFor(MungeError.CRED_REWOUND))
                .isEqualTo(Reason.REWOUND);
        assertThat(MessageAuthenticator.reasonFor(MungeError.BAD_CRED))
                .isEqualTo(Reason.INVALID);
        assertThat(MessageAuthenticator.reasonFor(MungeError.SNAFU))
                .isEqualTo(Reason.DAEMON_ERROR);
    }
}
