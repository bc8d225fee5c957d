package dev.toolspend.ingest.header;

import dev.toolspend.model.InputKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/headers.md lists the vocabulary HeaderSchema reads headers with; this test holds the list to the code.
 * After changing the vocabulary, run it with {@code -Dtoolspend.writeDocs=true} to write the list again.
 */
class HeadersDocTest {

    private static final Path DOC = Path.of("docs/headers.md");
    private static final String START = "<!-- vocabulary: written by HeadersDocTest -->";
    private static final String END = "<!-- end of vocabulary -->";

    static String vocabulary() {
        StringBuilder out = new StringBuilder(START).append("\n");
        for (InputKind kind : InputKind.values()) {
            List<List<Field>> required = HeaderSchema.required(kind);
            out.append("\n### ").append(kind.name().toLowerCase(Locale.ROOT)).append("\n\n")
                    .append("Required: ").append(required.stream()
                            .map(alternatives -> alternatives.stream().map(f -> "`" + f + "`")
                                    .collect(Collectors.joining(" or ")))
                            .collect(Collectors.joining(", "))).append(".\n\n")
                    .append("| field | phrases (compared by their words: see above) |\n| --- | --- |\n");
            for (Map.Entry<Field, List<String>> field : HeaderSchema.vocabulary(kind).entrySet()) {
                out.append("| `").append(field.getKey()).append("` | ")
                        .append(String.join(", ", field.getValue())).append(" |\n");
            }
        }
        return out.append("\n").append(END).toString();
    }

    @Test
    void theDocumentedVocabularyIsTheCodes() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("the vocabulary markers in " + DOC).isNotNegative();
        String written = doc.substring(start, end + END.length());
        if (Boolean.getBoolean("toolspend.writeDocs")) {
            Files.writeString(DOC, doc.replace(written, vocabulary()), StandardCharsets.UTF_8);
            return;
        }
        assertThat(written).as(DOC + " is out of date: run this test with -Dtoolspend.writeDocs=true")
                .isEqualTo(vocabulary());
    }
}
