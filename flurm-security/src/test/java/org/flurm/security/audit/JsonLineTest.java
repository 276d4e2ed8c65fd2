package org.flurm.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLineTest {

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        final String line = new JsonLine()
                .field("reason", "say \"hi\"\\ then\n\r\t\b\f\u0001 end").end();

        assertThat(line).isEqualTo(
                "{\"reason\":\"say \\\"hi\\\"\\\\ then\\n\\r\\t\\b\\f\\u0001 end\"}");
    }

    @Test
    void nonAsciiIsWrittenAsItIs() {
        assertThat(new JsonLine().field("user", "jürgen-山田-\uD83D\uDE00").end())
                .isEqualTo("{\"user\":\"jürgen-山田-\uD83D\uDE00\"}");
    }

    @Test
    void aLoneSurrogateIsEscapedSoTheLineStaysValidUtf8() {
        assertThat(new JsonLine().field("peer", "a\uD800b").end())
                .isEqualTo("{\"peer\":\"a\\ud800b\"}");
    }

    @Test
    void everyStringReadsBackUnchanged() {
        final String awkward = "\u0000\u001f\"\\/\u007f é \uDBFF\uDFFF \uDC00";

        final String line = new JsonLine().field("k\"ey", awkward).field("n", -42).end();

        assertThat(TinyJson.parseObject(line)).isEqualTo(Map.of("k\"ey", awkward, "n", -42L));
    }

    @Test
    void aMissingValueIsWrittenAsNull() {
        final String line = new JsonLine().field("account", (String) null).end();

        assertThat(line).isEqualTo("{\"account\":null}");
        assertThat(TinyJson.parseObject(line)).isEqualTo(Map.of("account", TinyJson.NULL));
    }
}
