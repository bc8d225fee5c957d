package dev.toolspend.ingest.fast;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte reader's timestamps against the general reader's, from the one table both are held to
 * ({@code timestamps.csv}, also read by DatesTableTest): a form it reads gives the table's date; any other
 * it leaves to the general reader, never guessing.
 */
class IsoDaysTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @ParameterizedTest(name = "{0} → {1}, {2}")
    @CsvFileSource(resources = "/ingest/timestamps.csv", delimiter = '|', numLinesToSkip = 1)
    void readsWhatTheGeneralReaderReadsTheSameWayOrLeavesIt(String timestamp, String date, String byteReader) {
        byte[] text = timestamp.getBytes(StandardCharsets.UTF_8);
        byte[] padded = Arrays.copyOf(text, text.length + 8);     // as in a line: bytes follow the cell
        Arrays.fill(padded, text.length, padded.length, (byte) ',');
        IsoDays days = new IsoDays(TORONTO.getRules());
        int day = days.day(padded, 0, text.length);
        if (byteReader.equals("reads")) {
            assertThat(day).as("read by the byte reader").isNotEqualTo(IsoDays.NOT_ISO);
            assertThat(LocalDate.ofEpochDay(day)).isEqualTo(LocalDate.parse(date));
            assertThat(days.day(padded, 0, text.length)).as("the same day again, from the cache").isEqualTo(day);
        } else {
            assertThat(day).as("left to the general reader").isEqualTo(IsoDays.NOT_ISO);
        }
    }
}
