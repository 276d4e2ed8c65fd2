package org.flurm.security.audit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Sends the {@value AuditLog#LOGGER_NAME} logger to its own file, and only there: each line
 * is the message alone (a JSON object), the file rolls over daily and when it reaches
 * {@link Rotation#maxFileSize()}, and rolled files are compressed and kept
 * {@link Rotation#maxHistoryDays()} days. The daemons install it at start-up with the
 * AuditLog path of flurm.conf.
 *
 * <p>LIMIT: the file is created mode 640 and kept so across restarts, but the fresh file
 * Logback opens after a rollover takes the process's umask; the daemons must run with umask
 * 027 for rolled-over files to stay 640.
 */
public final class AuditLogAppender implements AutoCloseable {

    /** How the audit file rolls over and how much history is kept. */
    public record Rotation(FileSize maxFileSize, int maxHistoryDays, FileSize totalSizeCap) {

        /** 100 MB files, 90 days, at most 10 GB in all. */
        public static Rotation defaults() {
            return new Rotation(FileSize.valueOf("100MB"), 90, FileSize.valueOf("10GB"));
        }
    }

    private static final Set<PosixFilePermission> FILE_MODE =
            PosixFilePermissions.fromString("rw-r-----");
    private static final Set<PosixFilePermission> DIRECTORY_MODE =
            PosixFilePermissions.fromString("rwxr-x---");

    private final Logger logger;
    private final RollingFileAppender<ILoggingEvent> appender;

    private AuditLogAppender(Logger logger, RollingFileAppender<ILoggingEvent> appender) {
        this.logger = logger;
        this.appender = appender;
    }

    /** Installs the audit file in SLF4J's Logback context. */
    public static AuditLogAppender install(Path file, Rotation rotation) {
        if (!(org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            throw new IllegalStateException("the audit log needs Logback as SLF4J's provider,"
                    + " not " + org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName());
        }
        return install(context, file, rotation);
    }

    /** Installs the audit file in {@code context}; the file is created mode 640 if absent. */
    public static AuditLogAppender install(LoggerContext context, Path file, Rotation rotation) {
        prepareFile(file);

        final PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        final RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("flurm-audit");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);

        final SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy =
                new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(file + ".%d{yyyy-MM-dd}.%i.gz");
        policy.setMaxFileSize(rotation.maxFileSize());
        policy.setMaxHistory(rotation.maxHistoryDays());
        policy.setTotalSizeCap(rotation.totalSizeCap());
        policy.start();
        appender.setRollingPolicy(policy);
        appender.start();

        // audit lines go to the audit file only, never to the daemon's ordinary log
        final Logger logger = context.getLogger(AuditLog.LOGGER_NAME);
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(appender);
        return new AuditLogAppender(logger, appender);
    }

    /** Detaches and closes the file. */
    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }

    private static void prepareFile(Path file) {
        try {
            final Path directory = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory,
                        PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
                Files.setPosixFilePermissions(directory, DIRECTORY_MODE);
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_MODE));
            } catch (FileAlreadyExistsException e) {
                // kept, as the appender appends to it; only its mode is set below
            }
            Files.setPosixFilePermissions(file, FILE_MODE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare audit log " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
