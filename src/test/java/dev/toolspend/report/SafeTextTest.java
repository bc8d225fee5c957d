package dev.toolspend.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {

    @Test
    void controlAndBidiCharactersAreShownAsEscapes() {
        assertThat(SafeText.forConsole("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
        assertThat(SafeText.forConsole("\u001b[31mred\u0000\u007f\u0085\u009f"))
                .isEqualTo("\\u001b[31mred\\u0000\\u007f\\u0085\\u009f");
        assertThat(SafeText.forConsole("\u202aa\u202eb\u2066c\u2069")).isEqualTo("\\u202aa\\u202eb\\u2066c\\u2069");
    }

    /** The French grouping spaces, accents, other scripts, emoji and Windows paths print as they are. */
    @Test
    void everythingElseIsAsItWas() {
        String text = "1\u00a0234,50\u202f$ Café 東京 \ud83d\ude80 C:\\Users\\x\\n.csv \u200f\u2028";
        assertThat(SafeText.forConsole(text)).isSameAs(text);
        assertThat(SafeText.forConsole(null)).isNull();
    }
}
