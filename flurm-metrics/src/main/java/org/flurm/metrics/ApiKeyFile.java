package org.flurm.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads the metrics API key from MetricsApiKeyFile. The file must be readable by its owner
 * only, so the key never sits where other local users can read it; surrounding white space
 * (a final newline) is not part of the key.
 */
final class ApiKeyFile {

    /** Shorter keys are refused: a bearer key must not be guessable. */
    static final int MIN_LENGTH = 16;

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private ApiKeyFile() {
    }

    static String read(Path file) throws MetricsStartupException {
        try {
            final Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            if (mode.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                throw new MetricsStartupException("MetricsApiKeyFile " + file
                        + " can be read or written by group or others; fix with: chmod 600 "
                        + file);
            }
            final String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (key.length() < MIN_LENGTH) {
                throw new MetricsStartupException("MetricsApiKeyFile " + file + " holds a key"
                        + " shorter than " + MIN_LENGTH + " characters; put a long random"
                        + " key in it, e.g. from: openssl rand -hex 32");
            }
            return key;
        } catch (IOException e) {
            throw new MetricsStartupException("cannot read MetricsApiKeyFile " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
