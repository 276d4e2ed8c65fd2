package org.flurm.auth.munge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.flurm.auth.testing.MungedProcess;
import org.flurm.auth.testing.ProcessIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** libmunge through java.lang.foreign, against a private munged. */
class MungeTest {

    private static MungedProcess munged;
    private static Munge munge;

    @BeforeAll
    static void startMunged() {
        munged = MungedProcess.start();
        munge = munged.munge();
    }

    @AfterAll
    static void stopMunged() {
        munged.close();
    }

    @Test
    void decodeReturnsThePayloadAndTheEncodingProcessesIdentity() throws MungeException {
        final byte[] payload = "hello munge".getBytes(StandardCharsets.US_ASCII);

        final MungeCredential credential = munge.decode(munge.encode(payload));

        assertThat(credential.uid()).isEqualTo(ProcessIdentity.uid());
        assertThat(credential.gid()).isEqualTo(ProcessIdentity.gid());
        assertThat(credential.payload()).isEqualTo(payload);
        assertThat(credential.ttl()).isEqualTo(Duration.ofSeconds(300));
        assertThat(credential.decodeTime()).isAfterOrEqualTo(credential.encodeTime());
    }

    @Test
    void encodedCredentialHasMungeArmor() throws MungeException {
        assertThat(munge.encode(new byte[0])).startsWith("MUNGE:").endsWith(":");
    }

    @Test
    void emptyPayloadDecodesAsEmpty() throws MungeException {
        assertThat(munge.decode(munge.encode(new byte[0])).payload()).isEmpty();
    }

    @Test
    void configuredTtlTravelsInTheCredential() throws MungeException {
        final Munge shortLived = munged.munge(42);

        assertThat(munge.decode(shortLived.encode(new byte[] {1})).ttl())
                .isEqualTo(Duration.ofSeconds(42));
    }

    @Test
    void secondDecodeOfTheSameCredentialIsReplayed() throws MungeException {
        final String credential = munge.encode(new byte[] {7});
        munge.decode(credential);

        assertThatThrownBy(() -> munge.decode(credential))
                .isInstanceOfSatisfying(MungeException.class,
                        e -> assertThat(e.error()).isEqualTo(MungeError.CRED_REPLAYED));
    }

    @Test
    void credentialRestrictedToAnotherUidIsUnauthorizedForUs() throws MungeException {
        final String credential = munge.encode(new byte[] {7}, ProcessIdentity.uid() + 4242);

        assertThatThrownBy(() -> munge.decode(credential))
                .isInstanceOfSatisfying(MungeException.class,
                        e -> assertThat(e.error()).isEqualTo(MungeError.CRED_UNAUTHORIZED));
    }

    @Test
    void credentialRestrictedToOurUidDecodes() throws MungeException {
        final String credential = munge.encode(new byte[] {7}, ProcessIdentity.uid());

        assertThat(munge.decode(credential).payload()).containsExactly(7);
    }

    @Test
    void textWithoutMungeArmorIsABadCredential() {
        assertThatThrownBy(() -> munge.decode("garbage"))
                .isInstanceOfSatisfying(MungeException.class,
                        e -> assertThat(e.error()).isEqualTo(MungeError.BAD_CRED));
    }

    @Test
    void missingSocketIsASocketErrorNamingThePath() {
        final Munge nowhere = new Munge(Path.of("/nonexistent/flurm/munge.socket.2"), 0);

        assertThatThrownBy(() -> nowhere.encode(new byte[0]))
                .isInstanceOfSatisfying(MungeException.class,
                        e -> assertThat(e.error()).isEqualTo(MungeError.SOCKET))
                .hasMessageContaining("/nonexistent/flurm/munge.socket.2");
    }

    @Test
    void credentialFromADaemonWithAnotherKeyIsInvalid() throws MungeException {
        final String foreign;
        try (MungedProcess other = MungedProcess.start()) {
            foreign = other.munge().encode(new byte[] {7});
        }

        assertThatThrownBy(() -> munge.decode(foreign))
                .isInstanceOfSatisfying(MungeException.class,
                        e -> assertThat(e.error()).isEqualTo(MungeError.CRED_INVALID));
    }

    @Test
    void missingLibrarySaysWhichPackageToInstall() {
        assertThatThrownBy(() -> MungeLibrary.load("libmunge-flurm-missing.so.9"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("install the libmunge2 package");
    }

    @Test
    void errorNumbersAreThoseOfMungeH() {
        assertThat(MungeError.of(6)).isEqualTo(MungeError.SOCKET);
        assertThat(MungeError.of(14)).isEqualTo(MungeError.CRED_INVALID);
        assertThat(MungeError.of(15)).isEqualTo(MungeError.CRED_EXPIRED);
        assertThat(MungeError.of(16)).isEqualTo(MungeError.CRED_REWOUND);
        assertThat(MungeError.of(17)).isEqualTo(MungeError.CRED_REPLAYED);
        assertThat(MungeError.of(18)).isEqualTo(MungeError.CRED_UNAUTHORIZED);
        assertThat(MungeError.of(99)).isEqualTo(MungeError.UNKNOWN);
    }

    @Test
    void authInfoGivesSocketAndTtl() {
        final Munge configured = Munge.fromAuthInfo("socket=/tmp/x/munge.sock,ttl=60");

        assertThat(configured.socket()).isEqualTo(Path.of("/tmp/x/munge.sock"));
        assertThat(configured.ttlSeconds()).isEqualTo(60);
    }

    @Test
    void authInfoOldFormIsTheBareSocketPath() {
        final Munge configured = Munge.fromAuthInfo("/var/run/munge/alt.socket");

        assertThat(configured.socket()).isEqualTo(Path.of("/var/run/munge/alt.socket"));
        assertThat(configured.ttlSeconds()).isEqualTo(Munge.DEFAULT_TTL);
    }

    @Test
    void noAuthInfoMeansDebiansDefaultSocket() {
        assertThat(Munge.fromAuthInfo(null).socket())
                .isEqualTo(Path.of("/run/munge/munge.socket.2"));
    }
}
