package dev.toolspend.ingest.read;

import com.opencsv.ICSVParser;
import dev.toolspend.ingest.table.CsvFiles;
import dev.toolspend.ingest.table.TextRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The total-lines table the byte reader is held to as well (TotalLinesTest). */
class TrailerRowsTest {

    private static final ICSVParser COMMA = CsvFiles.parser(',');

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/ingest/total-lines.csv", delimiter = '|', numLinesToSkip = 1)
    void aLineStartingWithATotalWordIsATrailer(String cell, String totalWord) {
        boolean expected = totalWord.equals("yes");
        assertThat(TrailerRows.totalWord(cell)).isEqualTo(expected);
        assertThat(TrailerRows.certain(TextRow.of(9, cell + ",Slack,2026-10-03", COMMA))).isEqualTo(expected);
        assertThat(TrailerRows.certain(TextRow.of(9, "," + cell + ",,", COMMA))).as("after blank cells")
                .isEqualTo(expected);
        assertThat(TrailerRows.certain(TextRow.of(9, "2026-10-03," + cell, COMMA))).as("a date comes first")
                .isFalse();
    }
}
