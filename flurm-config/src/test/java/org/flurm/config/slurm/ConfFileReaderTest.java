package org.flurm.config.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a file is cut into logical lines: comments, continuation, escapes, numbering. */
class ConfFileReaderTest {

    private static final Path FILE = Path.of("/etc/slurm/slurm.conf");

    private static List<String> texts(String content) {
        return ConfFileReader.split(FILE, content).stream().map(ConfLine::text).toList();
    }

    @Test
    void commentRunsFromHashToLineEnd() {
        assertThat(texts("KillWait=30   # default is 30\n")).containsExactly("KillWait=30   ");
    }

    @Test
    void commentOnlyAndEmptyLinesAreSkippedButCounted() {
        List<ConfLine> lines = ConfFileReader.split(FILE, "# head\n\nA=1\n#\nB=2\n");

        assertThat(lines).containsExactly(new ConfLine(FILE, 2, "\n"),
                new ConfLine(FILE, 3, "A=1\n"), new ConfLine(FILE, 5, "B=2\n"));
    }

    @Test
    void escapedHashIsKeptAsAHash() {
        assertThat(texts("MailProg=/bin/a\\#b # real comment\n"))
                .containsExactly("MailProg=/bin/a#b ");
    }

    @Test
    void doubleBackslashBeforeHashStillStartsAComment() {
        assertThat(texts("A=x\\\\#c\n")).containsExactly("A=x\\");
    }

    @Test
    void backslashAtLineEndJoinsTheNextLineWithoutTheNewline() {
        assertThat(texts("NodeName=n1 \\\n  CPUs=2\n")).containsExactly("NodeName=n1   CPUs=2\n");
    }

    @Test
    void continuationWithoutLeadingBlankGluesTheWordsTogether() {
        assertThat(texts("NodeName=n5\\\nCPUs=2\n")).containsExactly("NodeName=n5CPUs=2\n");
    }

    @Test
    void blanksAfterTheContinuationBackslashAreAllowed() {
        assertThat(texts("A=1\\   \r\n B=2\n")).containsExactly("A=1 B=2\n");
    }

    @Test
    void continuationWorksInsideAQuotedValue() {
        assertThat(texts("SlurmctldParameters=\"a \\\nb\"\n"))
                .containsExactly("SlurmctldParameters=\"a b\"\n");
    }

    @Test
    void backslashInsideACommentDoesNotContinueTheLine() {
        assertThat(texts("A=1 # x \\\nB=2\n")).containsExactly("A=1 ", "B=2\n");
    }

    @Test
    void evenBackslashesAtLineEndAreAnEscapedBackslashNotAContinuation() {
        assertThat(texts("A=c:\\\\\nB=2\n")).containsExactly("A=c:\\\n", "B=2\n");
    }

    @Test
    void aContinuedLineIsNumberedByItsFirstPhysicalLine() {
        List<ConfLine> lines = ConfFileReader.split(FILE, "A=1 \\\n B=2 \\\n C=3\nD=4\n");

        assertThat(lines).extracting(ConfLine::line).containsExactly(1, 4);
    }

    @Test
    void lastLineWithoutNewlineIsRead() {
        assertThat(texts("A=1\nB=2")).containsExactly("A=1\n", "B=2");
    }
}
