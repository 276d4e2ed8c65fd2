package org.flurm.config.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a slurm.conf-style file into logical lines the way SLURM 22.05's file reader does.
 *
 * <p>Per physical line: everything from the first {@code #} that is not escaped by an odd
 * number of backslashes is a comment; then a line whose last non-blank character is an odd
 * run of backslashes continues on the next physical line (the newline is dropped, so the next
 * line's leading blanks are what separates the joined parts). Comment stripping comes first,
 * so a backslash inside a comment never continues a line. After joining, every backslash is
 * removed and the character after it kept ({@code \#} gives {@code #}, {@code \\} gives
 * {@code \}). Lines that end up empty are skipped. flurm.conf uses the same rules.
 */
public final class ConfFileReader {

    private ConfFileReader() {
    }

    /** Reads {@code file} into logical lines. */
    public static List<ConfLine> read(Path file) throws IOException {
        String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return split(file, content);
    }

    /** Splits {@code content}, attributed to {@code file}, into logical lines. */
    public static List<ConfLine> split(Path file, String content) {
        List<String> physical = physicalLines(content);
        List<ConfLine> lines = new ArrayList<>();
        int lineNumber = 1;
        int index = 0;
        while (index < physical.size()) {

            // join continued physical lines, comments stripped from each first
            int first = lineNumber;
            StringBuilder joined = new StringBuilder();
            while (index < physical.size()) {
                String part = stripComment(physical.get(index));
                index++;
                lineNumber++;
                int cut = continuationCut(part);
                if (cut < 0) {
                    joined.append(part);
                    break;
                }
                joined.append(part, 0, cut);
            }

            String text = stripEscapes(joined);
            if (!text.isEmpty()) {
                lines.add(new ConfLine(file, first, text));
            }
        }
        return lines;
    }

    /** Physical lines, each keeping its line end as fgets does. */
    private static List<String> physicalLines(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < content.length()) {
            int newline = content.indexOf('\n', start);
            int end = newline < 0 ? content.length() : newline + 1;
            lines.add(content.substring(start, end));
            start = end;
        }
        return lines;
    }

    private static String stripComment(String line) {
        int backslashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#' && backslashes % 2 == 0) {
                return line.substring(0, i);
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return line;
    }

    /**
     * Where to cut a continued line (the index of its last backslash), or -1 when the line
     * does not continue. Blanks after the backslashes are allowed; blanks between them are not.
     */
    private static int continuationCut(String line) {
        int backslashes = 0;
        int i = line.length() - 1;
        for (; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == '\\') {
                backslashes++;
            } else if (Character.isWhitespace(c) && backslashes == 0) {
                continue;
            } else {
                break;
            }
        }
        return backslashes % 2 == 1 ? i + backslashes : -1;
    }

    private static String stripEscapes(CharSequence line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
                if (i < line.length()) {
                    out.append(line.charAt(i));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
