package dev.toolspend.catalog;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching rules on a small catalog, so each case shows exactly why it matches. */
class ToolMatcherTest {

    private static final Catalog CATALOG = Catalog.of("""
            id,name_en,name_fr,overlap
            pm,Project management,Gestion de projets,yes
            wiki,Wiki & docs,Wiki et documentation,no
            suite,Productivity suite,Suite bureautique,no
            ai,AI assistant,Assistant IA,yes
            video,Video conferencing,Visioconférence,yes
            uncategorised,Uncategorised,Non classé,no
            """, """
            id,name,vendor,category,aliases,domain
            jira,Jira,Atlassian,pm,jira|jira software,
            confluence,Confluence,Atlassian,wiki,confluence,
            m365,Microsoft 365,Microsoft,suite,microsoft 365|office 365,
            copilot,Microsoft Copilot,Microsoft,ai,microsoft copilot|microsoft 365 copilot,
            zoom,Zoom,Zoom Communications,video,zoom|zoom video,zoom.us
            webex,Webex,Cisco,video,webex,
            """, """
            vendor,aliases
            Microsoft,microsoft|msft
            Atlassian,atlassian
            Cisco,cisco
            """);

    private final ToolMatcher matcher = CATALOG.matcher();

    @Test
    void matchesAnAliasAnywhereInTheDescriptor() {
        Match match = matcher.match("ZOOM.US 888-799-9666");
        assertThat(match.toolId()).isEqualTo("zoom");
        assertThat(match.rule()).contains("zoom");
    }

    @Test
    void theLongestAliasWins() {
        assertThat(matcher.match("Microsoft 365 Copilot").toolId()).isEqualTo("copilot");
        assertThat(matcher.match("Microsoft 365 Business Standard").toolId()).isEqualTo("m365");
    }

    @Test
    void aVendorLevelDescriptorTakesTheProductFromTheDescription() {
        Match match = matcher.matchCharge("PAYPAL *ATLASSIAN", "Confluence Standard - 40 users");
        assertThat(match.toolId()).isEqualTo("confluence");
        assertThat(match.normalised()).isEqualTo("atlassian");
        assertThat(match.rule()).contains("vendor Atlassian");
    }

    @Test
    void aVendorLevelDescriptorWithoutProductGoesToTheVendorLevelEntryNeverToAGuess() {
        Match match = matcher.matchCharge("PAYPAL *ATLASSIAN", null);
        assertThat(match.toolId()).isEqualTo("vendor-atlassian");
        assertThat(match.rule()).startsWith("vendor-level: Atlassian sells 2 tools");
        assertThat(CATALOG.tool("vendor-atlassian")).hasValueSatisfying(t -> {
            assertThat(t.name()).isEqualTo("Atlassian (product not stated)");
            assertThat(t.overlapEligible()).isFalse();
        });
    }

    @Test
    void aVendorLevelDescriptorTakesTheOnlyToolOfThatVendorTheRegisterOrUsageNames() {
        assertThat(matcher.matchCharge("PAYPAL *ATLASSIAN", null, Set.of("jira", "zoom")).toolId()).isEqualTo("jira");
        assertThat(matcher.matchCharge("PAYPAL *ATLASSIAN", null, Set.of("jira", "confluence")).toolId())
                .isEqualTo("vendor-atlassian");
    }

    @Test
    void aVendorWithOneToolResolvesToIt() {
        assertThat(matcher.matchCharge("CISCO SYSTEMS", null).toolId()).isEqualTo("webex");
    }

    @Test
    void theDescriptionNamesTheProductOfTheSameVendor() {
        assertThat(matcher.matchCharge("Microsoft 365", "Microsoft Copilot add-on").toolId()).isEqualTo("copilot");
    }

    @Test
    void aDescriptionNamingAnotherVendorsProductDoesNotOverrideTheVendor() {
        assertThat(matcher.matchCharge("ZOOM.US", "Webex migration credit").toolId()).isEqualTo("zoom");
    }

    @Test
    void anUnknownMerchantDoesNotBorrowAToolFromItsDescription() {
        Match match = matcher.matchCharge("STARBUCKS #1234", "coffee for the Jira workshop");
        assertThat(match.matched()).isFalse();
        assertThat(match.normalised()).isEqualTo("starbucks");
    }

    @Test
    void theDescriptionStandsInForABlankVendor() {
        assertThat(matcher.matchCharge("", "Jira Software Standard").toolId()).isEqualTo("jira");
    }

    @Test
    void aNameOutsideTheCatalogBecomesACustomTool() {
        Match match = matcher.resolveName("Outil de feuilles de temps");
        assertThat(match.toolId()).isEqualTo("custom-outil-de-feuilles-de-temps");
        assertThat(match.rule()).isEqualTo("not in the catalog");
        assertThat(matcher.resolveName("Zoom Workplace").toolId()).isEqualTo("zoom");
    }
}
