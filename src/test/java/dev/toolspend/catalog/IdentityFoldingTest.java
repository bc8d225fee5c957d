package dev.toolspend.catalog;

import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.DataNote;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.SourceRef;
import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityFoldingTest {

    private static final Catalog CATALOG = Catalog.shipped();
    private static final ToolMatcher MATCHER = CATALOG.matcher();
    private final IdentityFolding folding = new IdentityFolding(CATALOG);

    /** A register row as the register names the tool, resolved as the job resolves it. */
    private static LicenseRow register(int line, String name) {
        return new LicenseRow(SourceRef.csv("licenses.csv", line), name, MATCHER.resolveName(name).toolId(), null, 10,
                new BigDecimal("30"), BillingCycle.MONTHLY, "CAD", null, null, null, null, null, null, null, null);
    }

    private static SeatHolder seat(String file, String app, String user, String lastActive) {
        return new SeatHolder(MATCHER.resolveName(app).toolId(), app, user, user, LocalDate.parse(lastActive), true,
                false, null, SourceRef.csv(file, 2));
    }

    private static BillingLine charge(String descriptor, String description) {
        return new BillingLine(SourceRef.csv("card.csv", 5), LocalDate.of(2026, 10, 3), descriptor, description,
                new BigDecimal("30"), "CAD", null, MATCHER.matchCharge(descriptor, description).toolId(), null);
    }

    @Test
    void aVendorInTheRegisterIsTheVendorsOneProductInTheFiles() {
        LicenseRow openAi = register(2, "OpenAI");
        assertThat(openAi.toolId()).as("the register names the vendor only").startsWith("vendor-");
        IdentityFolding.Result result = folding.fold(List.of(openAi), List.of(),
                List.of(charge("OPENAI *CHATGPT SUBSCR", null)));
        assertThat(result.licenses()).extracting(LicenseRow::toolId).containsExactly("chatgpt");
        assertThat(result.notes()).singleElement().satisfies(note -> {
            assertThat(note.source()).isEqualTo(openAi.source());
            assertThat(note.value()).isEqualTo("OpenAI");
            assertThat(English.of(note.message())).isEqualTo("read as ChatGPT: the only OpenAI product in your files");
        });
    }

    /** A usage export naming the vendor and another naming the product: one seat per user, on the product. */
    @Test
    void seatsFoldedOntoTheProductAreOneSeatPerUser() {
        IdentityFolding.Result result = folding.fold(List.of(register(2, "Claude")),
                List.of(seat("sso.csv", "Anthropic", "ana@x.ca", "2026-10-20"),
                        seat("ai.csv", "Claude", "ana@x.ca", "2026-09-01"),
                        seat("sso.csv", "Anthropic", "bo@x.ca", "2026-10-02")), List.of());
        assertThat(result.holders()).extracting(SeatHolder::toolId, SeatHolder::userKey, SeatHolder::lastActive)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("claude", "ana@x.ca", LocalDate.of(2026, 10, 20)),
                        org.assertj.core.groups.Tuple.tuple("claude", "bo@x.ca", LocalDate.of(2026, 10, 2)));
        assertThat(result.notes()).extracting(DataNote::value).containsExactly("Anthropic");
    }

    /** Two of the vendor's products in the files: the mention stays apart, and Data quality names both. */
    @Test
    void withTwoProductsOfTheVendorNothingIsMergedAndTheRowIsNamed() {
        LicenseRow adobe = register(4, "Adobe");
        IdentityFolding.Result result = folding.fold(List.of(adobe, register(5, "Adobe Acrobat Pro"),
                register(6, "Creative Cloud")), List.of(), List.of());
        assertThat(result.licenses()).extracting(LicenseRow::toolId)
                .containsExactly(adobe.toolId(), "adobe-acrobat", "adobe-creative-cloud");
        assertThat(result.notes()).singleElement().satisfies(note -> assertThat(English.of(note.message()))
                .contains("several of its products (Adobe Acrobat, Adobe Creative Cloud)"));
    }

    @Test
    void aVendorWithNoProductInTheFilesStaysAsItIs() {
        LicenseRow salesforce = register(2, "Salesforce");
        IdentityFolding.Result result = folding.fold(List.of(salesforce), List.of(), List.of());
        assertThat(result.licenses()).containsExactly(salesforce);
        assertThat(result.notes()).isEmpty();
    }

    /** With Microsoft 365 in the files, "Teams" and "Copilot" in the register and usage are Microsoft's, each listed. */
    @Test
    void aSuitesShortNameIsTheSuitesProductWhenTheCompanyHasTheSuite() {
        LicenseRow teams = register(3, "Teams");
        assertThat(teams.toolId()).as("alone, Teams names no catalog tool").startsWith(ToolMatcher.CUSTOM_PREFIX);
        IdentityFolding.Result result = folding.fold(List.of(register(2, "Microsoft 365 Business Standard"), teams,
                        register(4, "Planner")),
                List.of(seat("usage.csv", "Copilot", "ana@x.ca", "2026-10-20"),
                        seat("usage.csv", "Microsoft Teams", "ana@x.ca", "2026-10-02")), List.of());
        assertThat(result.licenses()).extracting(LicenseRow::toolId)
                .containsExactly("microsoft-365", "microsoft-teams", "microsoft-planner");
        assertThat(result.holders()).extracting(SeatHolder::toolId).containsExactlyInAnyOrder("microsoft-copilot",
                "microsoft-teams");
        assertThat(result.notes()).extracting(n -> English.of(n.message())).containsExactlyInAnyOrder(
                "Teams read as Microsoft Teams: the company has Microsoft 365",
                "Planner read as Microsoft Planner: the company has Microsoft 365",
                "Copilot read as Microsoft Copilot: the company has Microsoft 365");
        assertThat(result.notes()).filteredOn(n -> n.value().equals("Teams")).singleElement()
                .satisfies(n -> assertThat(n.source()).isEqualTo(teams.source()));
    }

    @Test
    void googleWorkspacesShortNamesAreGooglesProducts() {
        IdentityFolding.Result result = folding.fold(List.of(register(2, "Google Workspace Business Starter"),
                register(3, "Meet"), register(4, "Drive")), List.of(), List.of());
        assertThat(result.licenses()).extracting(LicenseRow::toolId)
                .containsExactly("google-workspace", "google-meet", "google-drive");
    }

    /** No suite in the files: the row stays as it is, and Data quality says it is ambiguous. */
    @Test
    void withoutTheSuiteAShortNameIsReportedAmbiguous() {
        LicenseRow teams = register(2, "Teams");
        IdentityFolding.Result result = folding.fold(List.of(teams), List.of(), List.of());
        assertThat(result.licenses()).containsExactly(teams);
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(English.of(n.message()))
                .startsWith("Teams is ambiguous: it names a product of Microsoft 365"));
    }

    /** Both suites in the files and a name each has ("Chat"): nothing is guessed. */
    @Test
    void withBothSuitesANameBothHaveStaysAmbiguous() {
        LicenseRow chat = register(4, "Chat");
        IdentityFolding.Result result = folding.fold(List.of(register(2, "Microsoft 365 E3"),
                register(3, "Google Workspace Business Plus"), chat), List.of(), List.of());
        assertThat(result.licenses()).extracting(LicenseRow::toolId).contains(chat.toolId());
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(English.of(n.message()))
                .isEqualTo("Chat is ambiguous: your files hold Google Workspace, Microsoft 365, and it names a product "
                        + "of each; write the product's full name in this row"));
    }
}
