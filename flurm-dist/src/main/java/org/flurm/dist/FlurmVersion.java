package org.flurm.dist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The FLURM release and the SLURM protocol it speaks, as {@code flurm --version} reports them.
 *
 * @param flurm the FLURM version the build stamped into this jar
 * @param slurmRelease the SLURM release whose clients FLURM serves
 * @param protocolVersion the protocol number in that release's message headers
 */
public record FlurmVersion(String flurm, String slurmRelease, int protocolVersion) {

    /** SLURM 22.05 writes this in every message header (SLURM_22_05_PROTOCOL_VERSION). */
    public static final int SLURM_22_05_PROTOCOL = 0x2600;

    private static final String RESOURCE = "flurm-version.properties";

    /** The version of this build, read from the file the build filled in. */
    public static FlurmVersion current() {
        final Properties properties = new Properties();
        try (InputStream in = FlurmVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the flurm-dist jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new FlurmVersion(
                properties.getProperty("flurm.version"), "22.05", SLURM_22_05_PROTOCOL);
    }

    /** The lines {@code --version} prints. */
    public String[] lines() {
        return new String[] {
            "flurm " + flurm,
            "SLURM protocol %s (0x%04x)".formatted(slurmRelease, protocolVersion),
            "Java " + Runtime.version(),
        };
    }

    /** Lets picocli print {@link #lines()} for {@code --version}. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return current().lines();
        }
    }
}
