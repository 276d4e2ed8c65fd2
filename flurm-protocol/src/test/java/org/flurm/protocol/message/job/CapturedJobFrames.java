package org.flurm.protocol.message.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flurm.protocol.testing.Captures;
import org.flurm.protocol.testing.Captures.CapturedFrame;

/**
 * The captured frames by message type, as {@link Captures#ofType} gives them, read once for
 * all tests of this package (each call of {@code ofType} parses every capture file again).
 */
final class CapturedJobFrames {

    private static final Map<Integer, List<CapturedFrame>> BY_TYPE = readAll();

    private CapturedJobFrames() {
    }

    static List<CapturedFrame> ofType(int msgType) {
        return BY_TYPE.getOrDefault(msgType, List.of());
    }

    private static Map<Integer, List<CapturedFrame>> readAll() {
        final Map<Integer, List<CapturedFrame>> byType = new TreeMap<>();
        for (Path file : Captures.files()) {
            for (CapturedFrame frame : Captures.read(file)) {
                byType.computeIfAbsent(frame.msgType(), type -> new ArrayList<>()).add(frame);
            }
        }
        return byType;
    }
}
