package org.flurm.acceptance;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two transcripts for people to read: the longest common subsequence of lines,
 * then every line that is only on one side, prefixed with {@code -} or {@code +}, with the line
 * before it for context.
 */
final class TextDiff {

    private TextDiff() {
    }

    static String unified(String left, String right, String leftName, String rightName) {
        final List<String> a = left.lines().toList();
        final List<String> b = right.lines().toList();

        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        final int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }

        final List<String> out = new ArrayList<>();
        out.add("--- " + leftName);
        out.add("+++ " + rightName);
        int i = 0;
        int j = 0;
        String context = null;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                context = a.get(i);
                i++;
                j++;
                continue;
            }
            if (context != null) {
                out.add("  " + context);
                context = null;
            }
            if (j >= b.size() || i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add("- " + a.get(i++));
            } else {
                out.add("+ " + b.get(j++));
            }
        }
        return String.join("\n", out) + "\n";
    }
}
