package dev.toolspend.catalog;

import dev.toolspend.model.SourceRef;
import dev.toolspend.model.UserCatalogEntry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A user catalog laid over the shipped one: it adds, re-aliases, recategorises, and is reported when wrong. */
class UserCatalogTest {

    private static final Catalog SHIPPED = Catalog.shipped();

    private static UserCatalogEntry entry(String id, String name, String category, String... aliases) {
        return new UserCatalogEntry(SourceRef.csv("my-catalog.csv", 2), id, name, null, category, List.of(aliases),
                null, null, null);
    }

    @Test
    void addsAnInternalToolThatThenMatches() {
        Catalog catalog = SHIPPED.withUserEntries(List.of(entry("timesheets", "Feuilles de temps", "Outil interne",
                "timesheets app", "feuilles de temps")));
        assertThat(catalog.matcher().matchCharge("SQ *TIMESHEETS APP MONTREAL QC", null).toolId()).isEqualTo("timesheets");
        assertThat(catalog.matcher().resolveName("Feuilles de temps").toolId()).isEqualTo("timesheets");
        assertThat(catalog.tool("timesheets")).hasValueSatisfying(t -> {
            assertThat(t.categoryId()).isEqualTo("internal-tool");
            assertThat(t.vendor()).isEqualTo("Feuilles de temps");
        });
        assertThat(SHIPPED.matcher().matchCharge("SQ *TIMESHEETS APP MONTREAL QC", null).matched()).isFalse();
    }

    @Test
    void aUserAliasWinsOverTheShippedCatalog() {
        assertThat(SHIPPED.matcher().match("Zoom").toolId()).isEqualTo("zoom");
        Catalog catalog = SHIPPED.withUserEntries(List.of(entry("webex", null, null, "zoom")));
        assertThat(catalog.matcher().match("ZOOM.US 888-799-9666").toolId()).isEqualTo("webex");
        assertThat(catalog.tool("webex")).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Webex"));
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void recategorisesAndKeepsAToolOutOfOverlaps() {
        Catalog catalog = SHIPPED.withUserEntries(List.of(new UserCatalogEntry(SourceRef.csv("c.csv", 3), "loom",
                null, null, "video-conferencing", List.of(), new BigDecimal("15"), "USD", false)));
        assertThat(catalog.tool("loom")).hasValueSatisfying(t -> {
            assertThat(t.categoryId()).isEqualTo("video-conferencing");
            assertThat(t.overlapEligible()).isFalse();
            assertThat(t.listPricePerSeatMonth()).isEqualByComparingTo("15");
        });
        assertThat(catalog.fingerprint()).isNotEqualTo(SHIPPED.fingerprint());
    }

    @Test
    void anUnknownCategoryIsReportedAndTheToolKeepsItsOwn() {
        Catalog catalog = SHIPPED.withUserEntries(List.of(entry("figma", null, "Gadgets")));
        assertThat(catalog.tool("figma").orElseThrow().categoryId()).isEqualTo("design");
        assertThat(catalog.userNotes()).singleElement().satisfies(note -> {
            assertThat(note.value()).isEqualTo("Gadgets");
            assertThat(note.source().file()).isEqualTo("my-catalog.csv");
        });
    }
}
