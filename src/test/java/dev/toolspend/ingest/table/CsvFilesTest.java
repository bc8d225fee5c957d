package dev.toolspend.ingest.table;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFilesTest {

    /** A line without a quote is cut by hand: it must give exactly what the RFC 4180 parser gives. */
    @Test
    void aLineWithoutQuotesIsCutAsTheRfc4180ParserCutsIt() throws IOException {
        char[] alphabet = {'a', 'Z', '0', '9', ' ', '\t', ',', ';', '|', '\\', '\'', 'é', '€', '\u00a0', '-', '.', '$'};
        SplittableRandom random = new SplittableRandom(5);
        for (char delimiter : new char[]{',', ';', '\t', '|'}) {
            for (int n = 0; n < 5_000; n++) {
                StringBuilder line = new StringBuilder();
                int length = random.nextInt(40);
                for (int i = 0; i < length; i++) {
                    line.append(alphabet[random.nextInt(alphabet.length)]);
                }
                String text = line.toString();
                assertThat(CsvFiles.cells(text, delimiter)).as("[%s] by [%s]", text, delimiter)
                        .containsExactly(CsvFiles.parser(delimiter).parseLineMulti(text));
            }
        }
    }
}
