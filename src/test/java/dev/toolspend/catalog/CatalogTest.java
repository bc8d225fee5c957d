package dev.toolspend.catalog;

import dev.toolspend.model.Category;
import dev.toolspend.model.Tool;
import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped catalog: its size, its consistency, and the descriptors of the samples. */
class CatalogTest {

    private static final Catalog CATALOG = Catalog.shipped();

    @Test
    void coversManyToolsAcrossTheProductsTaxonomy() {
        assertThat(CATALOG.tools()).hasSizeGreaterThanOrEqualTo(2600);
        assertThat(CATALOG.matcher().resolveName("SPE_E3", "Microsoft").toolId()).isEqualTo("microsoft-365");
        assertThat(CATALOG.matcher().resolveName("1010020028").toolId()).isEqualTo("google-workspace");
        assertThat(CATALOG.tools().stream().map(Tool::categoryId).distinct().count()).isGreaterThanOrEqualTo(20);
        assertThat(CATALOG.categories()).extracting(Category::nameEn).contains("Team chat", "Video conferencing",
                "AI assistant", "Project management", "CRM", "File storage", "Code hosting", "Password manager",
                "E-signature", "Customer support", "Forms & surveys", "Accounting", "Design", "Whiteboard",
                "Productivity suite", "Wiki & docs", "Developer tools", "HR", "Marketing", "Scheduling",
                "Async video", "Translation", "Writing assistant", "Meeting notes", "Identity / SSO",
                "Device management", "Website builder", "Internal tool", "Uncategorised");
    }

    @Test
    void loadsWithoutDuplicateAliasesOrUnknownCategories() {
        assertThat(CATALOG.problems()).isEmpty();
    }

    /** An alias, legal name, one-word name or SKU code stands for one tool only (a shared legal name is named on each row). */
    @Test
    void reportsWhatStandsForTwoTools() {
        Catalog catalog = Catalog.of("id,name_en,name_fr,overlap\nsuite,Suite,Suite,no\nuncategorised,Uncategorised,Non classé,no\n",
                """
                id,name,vendor,category,aliases,legal_names,skus
                a,Alpha,Acme,suite,alpha suite|acme one,acme software inc,ACME_ONE
                b,Beta,Acme,suite,acme one,,acme_one
                c,Alpha,Other,suite,,acme software inc,
                """, "vendor,aliases\n");
        assertThat(catalog.problems()).hasSize(5).anySatisfy(p -> assertThat(p).contains("'acme one' of b"))
                .anySatisfy(p -> assertThat(p).contains("SKU 'acme_one' of b"))
                .anySatisfy(p -> assertThat(p).contains("name 'Alpha' of c"))
                .anySatisfy(p -> assertThat(p).contains("legal name 'acme software inc'"));
    }

    /**
     * The normaliser drops place and web-address words, so "advanced md" alone would read as "advanced": such an alias
     * is found written as one word, unless its one word is the tool's own name; a company form is no such word.
     */
    @Test
    void anAliasNeverShrinksToACommonWord() {
        Catalog catalog = Catalog.of("id,name_en,name_fr,overlap\nsuite,Suite,Suite,no\nuncategorised,Uncategorised,Non classé,no\n",
                """
                id,name,vendor,category,aliases,legal_names,skus,domain
                amd,AdvancedMD,AdvancedMD,suite,advancedmd|advanced md,,,advancedmd.com
                judge,Judge.me,Judge.me,suite,judge.me,,,judge.me
                zoom,Zoom,Zoom,suite,zoom|zoom.us,,,zoom.us
                kong,Kong,Kong,suite,kong inc,,,konghq.com
                share,ShareFile,Progress,suite,sharefile,,,sharefile.com
                """, "vendor,aliases\n");
        ToolMatcher matcher = catalog.matcher();
        assertThat(catalog.problems()).isEmpty();
        assertThat(matcher.match("ADVANCEDMD").toolId()).isEqualTo("amd");
        // the price of the rule: written apart, the alias is one common word and names nothing
        assertThat(matcher.match("ADVANCED MD SALT LAKE UT").matched()).isFalse();
        assertThat(matcher.match("SHAREFILE ADVANCED").toolId()).isEqualTo("share");
        assertThat(matcher.match("ADVANCED AUTO PARTS").matched()).isFalse();
        assertThat(matcher.match("JUDGE JUDY LLC").matched()).isFalse();
        assertThat(matcher.match("ZOOM.US 888-799-9666 CA").toolId()).isEqualTo("zoom");
        assertThat(matcher.match("KONG INC SAN FRANCISCO CA").toolId()).isEqualTo("kong");
    }

    /**
     * A legal name one row lists names its tool; one several rows list, or the vendor's own name, names their vendor;
     * SKUs are whole tokens.
     */
    @Test
    void matchesLegalNamesAndSkuCodes() {
        Catalog catalog = Catalog.of("id,name_en,name_fr,overlap\nsuite,Suite,Suite,no\nuncategorised,Uncategorised,Non classé,no\n",
                """
                id,name,vendor,category,aliases,legal_names,skus
                m365,Microsoft 365,Microsoft,suite,microsoft 365,microsoft corporation|microsoft canada inc,SPE_E3|O365_BUSINESS_PREMIUM
                visio,Visio,Microsoft,suite,microsoft visio,microsoft corporation,VISIOCLIENT
                slack,Slack,Salesforce,suite,slack,slack technologies limited,
                """, "vendor,aliases\n");
        ToolMatcher matcher = catalog.matcher();
        assertThat(catalog.problems()).isEmpty();
        assertThat(matcher.match("SLACK TECHNOLOGIES LIMITED DUBLIN").toolId()).isEqualTo("slack");
        // only m365 lists it, but it is the vendor's own name with a country: the company, not one of its products
        assertThat(matcher.matchCharge("Microsoft Canada Inc.", null).toolId()).isEqualTo("vendor-microsoft");
        assertThat(matcher.matchCharge("MICROSOFT CORPORATION", null).toolId()).isEqualTo("vendor-microsoft");
        assertThat(matcher.matchCharge("MICROSOFT CORPORATION", "VISIOCLIENT x 3").toolId()).isEqualTo("visio");
        assertThat(matcher.resolveName("spe_e3").toolId()).isEqualTo("m365");
        assertThat(matcher.resolveName("Office 365 (O365_BUSINESS_PREMIUM)").toolId()).isEqualTo("m365");
        assertThat(matcher.resolveName("SPE_E35").toolId()).startsWith(ToolMatcher.CUSTOM_PREFIX);
        assertThat(English.of(matcher.match("visioclient").rule())).contains("visioclient");
    }

    @Test
    void findsCategoriesByEnglishOrFrenchNameInAnyCase() {
        assertThat(CATALOG.categoryNamed("visioconference")).map(Category::id).contains("video-conferencing");
        assertThat(CATALOG.categoryNamed("PASSWORD MANAGER")).map(Category::id).contains("password-manager");
        assertThat(CATALOG.categoryNamed("Gadgets")).isEmpty();
    }

    /** Every descriptor and name of input-samples, labelled by whoever wrote the samples. */
    @Test
    void resolvesEveryDescriptorOfTheSamples() throws IOException {
        ToolMatcher matcher = CATALOG.matcher();
        List<String> misses = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/descriptors.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String expected = f[2];
            String actual;
            if (f[0].startsWith("license:") || f[0].startsWith("usage:")) {
                actual = matcher.match(f[0].substring(f[0].indexOf(':') + 1)).toolId();
            } else {
                actual = matcher.matchCharge(f[0], f[1]).toolId();
            }
            if (!expected.equals(actual == null ? "none" : actual)) {
                misses.add(line + " → " + actual);
            }
        }
        assertThat(misses).as("misses").isEmpty();
        assertThat(lines).hasSizeGreaterThan(100);
    }

    @Test
    void fingerprintChangesWithContent() {
        String base = CATALOG.fingerprint();
        assertThat(Catalog.shipped().fingerprint()).isEqualTo(base);
        assertThat(Catalog.of("id,name_en,name_fr,overlap\n", "id,name,vendor,category,aliases\n", "vendor,aliases\n")
                .fingerprint()).isNotEqualTo(base);
        assertThat(base).hasSize(64);
    }
}
