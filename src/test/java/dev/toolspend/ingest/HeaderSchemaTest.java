package dev.toolspend.ingest;

import dev.toolspend.model.InputKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderSchemaTest {

    private static InputKind kind(String... header) {
        return HeaderSchema.recognise(List.of(header)).map(HeaderMatch::kind).orElse(null);
    }

    @Test
    void recognisesTheCanonicalForms() {
        assertThat(kind("date", "vendor", "amount", "currency", "department", "description")).isEqualTo(InputKind.BILLING);
        assertThat(kind("Tool", "Plan", "Seats", "Price per seat", "Billing cycle", "Currency", "Renewal date",
                "Notice period (days)", "Owner")).isEqualTo(InputKind.LICENSES);
        assertThat(kind("user", "tool", "last_active")).isEqualTo(InputKind.USAGE);
        assertThat(kind("currency", "rate")).isEqualTo(InputKind.FX);
    }

    @Test
    void readsFrenchHeadersInAnyCaseWithOrWithoutAccents() {
        assertThat(kind("Date de transaction", "Fournisseur", "MONTANT", "Devise")).isEqualTo(InputKind.BILLING);
        assertThat(kind("Outil", "Sièges", "Prix par licence", "Date de renouvellement", "Préavis (jours)"))
                .isEqualTo(InputKind.LICENSES);
        assertThat(kind("Courriel", "Application", "Dernière activité")).isEqualTo(InputKind.USAGE);
        assertThat(kind("devise", "taux")).isEqualTo(InputKind.FX);
    }

    @Test
    void billingNeedsAVendorOrADescription() {
        assertThat(kind("date", "description", "amount")).isEqualTo(InputKind.BILLING);
        assertThat(kind("date", "amount")).isNull();
    }

    @Test
    void mapsEachFieldToItsColumn() {
        HeaderMatch match = HeaderSchema.recognise(List.of("Seats", "Tool", "Price per seat", "Notice period (days)")).orElseThrow();
        assertThat(match.index(Field.TOOL)).isEqualTo(1);
        assertThat(match.index(Field.NOTICE)).isEqualTo(3);
        assertThat(match.name(Field.NOTICE)).isEqualTo("Notice period (days)");
        assertThat(match.has(Field.RENEWAL)).isFalse();
    }

    @Test
    void unrelatedColumnsMatchNothing() {
        assertThat(kind("vendor", "contact", "phone")).isNull();
        assertThat(kind()).isNull();
    }

    @Test
    void normalisesHeaderText() {
        assertThat(HeaderSchema.normalise("  Préavis (jours) ")).isEqualTo("preavis jours");
        assertThat(HeaderSchema.normalise("last_active")).isEqualTo("last active");
    }
}
