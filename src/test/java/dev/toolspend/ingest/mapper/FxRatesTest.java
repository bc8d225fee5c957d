package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.Fixture;
import dev.toolspend.model.FxRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** FX files as finance teams keep them: by month or by date, their base named in the rate column's header. */
class FxRatesTest {

    @TempDir
    Path dir;

    /** Devise;Mois;Taux (CAD), Windows-1252, decimal commas: a rate per currency and month, CAD-based. */
    @Test
    void ratesByMonthInAFrenchFile() throws IOException {
        Fixture.Read<FxRate> read = Fixture.read(dir, "fx/taux-par-mois.csv", Mappers::fx);
        assertThat(read.records()).extracting(FxRate::currency, r -> r.rate().toPlainString(), FxRate::base,
                FxRate::effective).containsExactly(
                tuple("USD", "1.36", "CAD", LocalDate.of(2026, 9, 1)),
                tuple("USD", "1.38", "CAD", LocalDate.of(2026, 10, 1)),
                tuple("EUR", "1.51", "CAD", LocalDate.of(2026, 10, 1)),
                tuple("USD", "1.41", "CAD", LocalDate.of(2026, 11, 1)));
        assertThat(read.rejections()).singleElement().satisfies(r -> {
            assertThat(r.column()).isEqualTo("Mois");
            assertThat(r.value()).isEqualTo("Q4");
            assertThat(r.reason().key()).isEqualTo("value.notAMonth");
        });
    }

    /** Currency,Rate date,Rate to USD: rates by date, USD-based whatever the report currency. */
    @Test
    void ratesByDateBasedOnTheCurrencyTheHeaderNames() throws IOException {
        Fixture.Read<FxRate> read = Fixture.read(dir, "fx/rates-by-date-usd.csv", Mappers::fx);
        assertThat(read.records()).extracting(FxRate::currency, FxRate::base, FxRate::effective).containsExactly(
                tuple("CAD", "USD", LocalDate.of(2026, 10, 1)),
                tuple("CAD", "USD", LocalDate.of(2026, 10, 15)),
                tuple("EUR", "USD", LocalDate.of(2026, 10, 1)));
        assertThat(read.rejections()).isEmpty();
    }
}
