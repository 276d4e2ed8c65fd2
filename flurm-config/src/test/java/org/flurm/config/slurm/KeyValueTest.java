package org.flurm.config.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Key=Value grammar SLURM's parser matches. */
class KeyValueTest {

    @Test
    void blanksAroundTheEqualsSignAreAllowed() {
        assertThat(KeyValue.scan("  Nodes  =  n[1-5]  Default=YES", 0))
                .contains(new KeyValue("Nodes", "n[1-5]", 18));
    }

    @Test
    void scanningResumesWhereThePreviousValueEnded() {
        String line = "NodeName=n1 CPUs=2";

        assertThat(KeyValue.scan(line, 11)).contains(new KeyValue("CPUs", "2", 18));
    }

    @Test
    void quotedValueMayHoldBlanksAndLosesItsQuotes() {
        assertThat(KeyValue.scan("A=\"x y\" B=1", 0)).contains(new KeyValue("A", "x y", 7));
    }

    @Test
    void quotedValueFollowedByTextIsReadUnquotedUpToTheBlank() {
        assertThat(KeyValue.scan("A=\"a b\"x", 0)).contains(new KeyValue("A", "\"a", 4));
    }

    @Test
    void quotesInsideAnUnquotedValueAreKept() {
        assertThat(KeyValue.scan("AuthInfo=\"a=1\",\"b=2\"\n", 0))
                .contains(new KeyValue("AuthInfo", "\"a=1\",\"b=2\"", 20));
    }

    @Test
    void operatorBeforeTheEqualsSignIsAcceptedAndIgnored() {
        assertThat(KeyValue.scan("SlurmUser+=x", 0)).contains(new KeyValue("SlurmUser", "x", 12));
    }

    @Test
    void emptyValueIsNoPair() {
        assertThat(KeyValue.scan("SlurmUser=\n", 0)).isEmpty();
    }

    @Test
    void keyMayHoldDigitsUnderscoresAndDots() {
        assertThat(KeyValue.scan("X11Parameters=a", 0).map(KeyValue::key))
                .isEqualTo(Optional.of("X11Parameters"));
    }

    @Test
    void lineWithoutEqualsSignIsNoPair() {
        assertThat(KeyValue.scan("include foo.conf", 0)).isEmpty();
    }
}
