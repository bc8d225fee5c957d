package dev.toolspend.ingest.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The timestamps table the byte reader is held to as well (IsoDaysTest): the general reader's dates. */
class DatesTableTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvFileSource(resources = "/ingest/timestamps.csv", delimiter = '|', numLinesToSkip = 1)
    void theGeneralReaderGivesTheTablesDate(String timestamp, String date, String byteReader) {
        if (date.equals("rejected")) {
            assertThatThrownBy(() -> Dates.parse(timestamp, DateOrder.MDY, TORONTO))
                    .isInstanceOf(ValueException.class);
        } else {
            assertThat(parse(timestamp)).isEqualTo(LocalDate.parse(date));
        }
    }

    private static LocalDate parse(String timestamp) {
        try {
            return Dates.parse(timestamp, DateOrder.MDY, TORONTO);
        } catch (ValueException e) {
            throw new AssertionError(timestamp + ": " + e.getMessage(), e);
        }
    }
}
