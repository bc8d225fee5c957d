package dev.toolspend.report;

import dev.toolspend.analysis.NotCounted.Cause;
import dev.toolspend.analysis.NotCounted;
import dev.toolspend.model.InputKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class NotCountedTextTest {

    private static final NotCounted NO_RATE = new NotCounted(InputKind.BILLING, Cause.NO_FX_RATE, 23,
            new TreeMap<>(Map.of("USD", new BigDecimal("4312.5"), "EUR", new BigDecimal("210"))), 0,
            new TreeSet<>(java.util.Set.of("USD", "EUR")));

    /** Grouping spaces (narrow or not) read as plain spaces, for comparison. */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void amountsPerCurrencyInTheReportLanguage() {
        assertThat(new NotCountedText(Labels.of("en")).line(NO_RATE))
                .isEqualTo("Not counted: 23 billing lines, 210.00 EUR and 4,312.50 USD — no FX rate for EUR, USD");
        assertThat(plain(new NotCountedText(Labels.of("fr")).line(NO_RATE))).isEqualTo(
                "Montants non comptés : 23 lignes de facturation, 210,00 EUR et 4 312,50 USD — aucun taux de change "
                        + "pour EUR, USD");
    }

    @Test
    void oneRowIsSingularAndUnreadableAmountsAreSaid() {
        NotCounted one = new NotCounted(InputKind.BILLING, Cause.REJECTED, 1, new TreeMap<>(), 1, new TreeSet<>());
        assertThat(new NotCountedText(Labels.of("en")).line(one))
                .isEqualTo("Not counted: 1 billing line rejected, amount unreadable — see Data quality");
        assertThat(new NotCountedText(Labels.of("fr")).line(one))
                .isEqualTo("Montants non comptés : 1 ligne de facturation rejetée, montant illisible — voir Qualité des données");
        NotCounted some = new NotCounted(InputKind.BILLING, Cause.REJECTED, 1200, new TreeMap<>(Map.of("CAD",
                new BigDecimal("50"))), 1199, new TreeSet<>());
        assertThat(new NotCountedText(Labels.of("en")).line(some)).isEqualTo(
                "Not counted: 1,200 billing lines rejected, 50.00 CAD; 1,199 without a readable amount — see Data quality");
    }
}
