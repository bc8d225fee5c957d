package dev.toolspend.catalog;

import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching rules on a small catalog, so each case shows exactly why it matches. */
class ToolMatcherTest {

    private static final String CATEGORIES = """
            id,name_en,name_fr,overlap
            pm,Project management,Gestion de projets,yes
            wiki,Wiki & docs,Wiki et documentation,no
            suite,Productivity suite,Suite bureautique,no
            ai,AI assistant,Assistant IA,yes
            video,Video conferencing,Visioconférence,yes
            storage,File storage,Stockage,yes
            forms,Forms,Formulaires,yes
            observability,Observability,Observabilité,no
            cloud-infrastructure,Cloud infrastructure,Infonuagique,no
            security,Security,Sécurité,yes
            uncategorised,Uncategorised,Non classé,no
            """;

    private static final Catalog CATALOG = Catalog.of(CATEGORIES, """
            id,name,vendor,category,aliases,domain
            jira,Jira,Atlassian,pm,jira|jira software,
            confluence,Confluence,Atlassian,wiki,confluence,
            m365,Microsoft 365,Microsoft,suite,microsoft 365|office 365,
            copilot,Microsoft Copilot,Microsoft,ai,microsoft copilot|microsoft 365 copilot,
            zoom,Zoom,Zoom Communications,video,zoom|zoom video,zoom.us
            webex,Webex,Cisco,video,webex,
            box,Box,Box.com,storage,box.com|box business,box.com
            surveymonkey,SurveyMonkey,SurveyMonkey,forms,surveymonkey,
            azure,Microsoft Azure,Microsoft,cloud-infrastructure,microsoft azure|azure,
            datadog,Datadog,Datadog,observability,datadog,
            aws,Amazon Web Services,Amazon Web Services,cloud-infrastructure,aws|amazon web services,
            sentinelone,SentinelOne,SentinelOne,security,sentinelone|singularity complete,
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
        assertThat(English.of(match.rule())).contains("zoom");
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
        assertThat(English.of(match.rule())).contains("vendor Atlassian");
    }

    @Test
    void aVendorLevelDescriptorWithoutProductGoesToTheVendorLevelEntryNeverToAGuess() {
        Match match = matcher.matchCharge("PAYPAL *ATLASSIAN", null);
        assertThat(match.toolId()).isEqualTo("vendor-atlassian");
        assertThat(English.of(match.rule())).startsWith("vendor-level: Atlassian sells 2 tools");
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
    void aOneToolVendorsNameInsideAnotherBusinessNameIsNotThatTool() {
        assertThat(matcher.matchCharge("CISCO KIDS ART CAMP OAKVILLE ON", null).matched()).isFalse();
        assertThat(matcher.matchCharge("CISCO SYSTEMS NORTH VANCOUV BC", null).toolId()).isEqualTo("webex");
        assertThat(matcher.matchCharge("Cisco Systems Canada Co", "Annual renewal - 25 hosts").toolId())
                .isEqualTo("webex");
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
    void aSupplierTheCatalogDoesNotListSellsTheProductItsLicenceLineNames() {
        assertThat(matcher.matchCharge("Informatique Rive-Sud Inc.", "Microsoft 365 - 12 licences - annuel").toolId())
                .isEqualTo("m365");
        assertThat(matcher.matchCharge("CAFE OLIMPICO", "Zoom subscription meetup").matched()).isFalse();
        assertThat(matcher.matchCharge("Vigilant Technologies inc.", "SentinelOne Singularity Complete - per endpoint")
                .toolId()).isEqualTo("sentinelone");
    }

    @Test
    void aCloudMarketplaceListingStartsWithItsProductsName() {
        assertThat(matcher.matchCloudCharge("AWS Marketplace", "Datadog Pro - annual commit", Set.of()).toolId())
                .isEqualTo("datadog");
        assertThat(matcher.matchCloudCharge("AWS Marketplace", "Box Enterprise Plus", Set.of()).toolId()).isEqualTo("box");
    }

    @Test
    void aSkuCodeThatIsAWordOfAnotherProductsNameIsThatName() {
        ToolMatcher matcher = Catalog.of(CATEGORIES, """
                id,name,vendor,category,aliases,legal_names,skus
                ems,Enterprise Mobility + Security,Microsoft,security,enterprise mobility + security,,EMS|EMSPREMIUM
                fortinet,Fortinet,Fortinet,security,fortinet|forticlient|forticlient ems,,
                """, "vendor,aliases\n").matcher();
        assertThat(matcher.match("FortiClient EMS - 50 endpoints").toolId()).isEqualTo("fortinet");
        assertThat(matcher.match("EMS E3 - 10 licences").toolId()).isEqualTo("ems");
    }

    @Test
    void theDescriptionStandsInForABlankVendor() {
        assertThat(matcher.matchCharge("", "Jira Software Standard").toolId()).isEqualTo("jira");
    }

    @Test
    void aVendorLineNamingAProductTheCatalogLacksMatchesNothing() {
        Match match = matcher.matchCharge("MICROSOFT*XBOX GAME PASS", null);
        assertThat(match.matched()).isFalse();
        assertThat(English.of(match.rule())).isEqualTo("names a Microsoft product the catalog lacks: xbox game pass");
        assertThat(matcher.matchCharge("MSFT *E0400ABCD MSBILL.INFO WA", null).toolId()).isEqualTo("vendor-microsoft");
        assertThat(matcher.matchCharge("Microsoft Canada Inc.", "Annual subscription renewal").toolId())
                .isEqualTo("vendor-microsoft");
    }

    @Test
    void aOneWordToolNameMatchesOnlyAsAWholeName() {
        assertThat(matcher.matchCharge("BOX BURGER CALGARY AB", null).matched()).isFalse();
        assertThat(matcher.resolveName("Box").toolId()).isEqualTo("box");
        assertThat(matcher.matchCharge("BOX.COM", null).toolId()).isEqualTo("box");
    }

    @Test
    void theLastWordOfADescriptorMayBeCutShort() {
        assertThat(matcher.matchCharge("PAYPAL *SURVEYMONKE", null).toolId()).isEqualTo("surveymonkey");
        assertThat(matcher.matchCharge("PAYPAL *SURVE", null).toolId()).isEqualTo("surveymonkey");
        assertThat(matcher.matchCharge("PAYPAL *SURV", null).matched()).isFalse();   // too short to say
        assertThat(matcher.matchCharge("ZOOM CLOUD", null).toolId()).isEqualTo("zoom"); // a whole word is not cut
    }

    @Test
    void aResellerLineIsMatchedByItsDescription() {
        Catalog withReseller = Catalog.of("id,name_en,name_fr,overlap\nvideo,Video,Vidéo,yes\nuncategorised,U,N,no\n",
                "id,name,vendor,category,aliases\nzoom,Zoom,Zoom,video,zoom\n", "vendor,aliases\n");
        assertThat(withReseller.matcher().matchCharge("CDW Canada Corp.", "Zoom Workplace Pro - 20").matched()).isFalse();
        assertThat(Catalog.shipped().matcher().matchCharge("CDW Canada Corp.", "Zoom Workplace Pro - 20").toolId())
                .isEqualTo("zoom");
    }

    @Test
    void aCloudExportLineIsTheProvidersPlatformUnlessTheServiceIsAMarketplaceProduct() {
        assertThat(matcher.matchCloudCharge("Microsoft", "Virtual Machines", Set.of()).toolId()).isEqualTo("azure");
        assertThat(matcher.matchCloudCharge("AWS", "Amazon Elastic Compute Cloud", Set.of()).toolId()).isEqualTo("aws");
        assertThat(matcher.matchCloudCharge("AWS", "Datadog", Set.of()).toolId()).isEqualTo("datadog");
    }

    @Test
    void aMarketplaceServiceOfACloudExportIsTheProductItNames() {
        assertThat(matcher.matchCloudCharge("Microsoft", "Azure Marketplace - Datadog - An Azure Native ISV Service",
                Set.of()).toolId()).isEqualTo("datadog");
        assertThat(matcher.matchCloudCharge("Amazon Web Services", "AWS Marketplace: Acme Firewall", Set.of()).matched())
                .isFalse();
        assertThat(matcher.matchCloudCharge("Datadog", "AWS Marketplace: Pro plan - annual contract", Set.of()).toolId())
                .isEqualTo("datadog");
    }

    @Test
    void aConsoleNameIsReadWithItsVendor() {
        assertThat(matcher.resolveName("Copilot", "Microsoft").toolId()).isEqualTo("copilot");
        assertThat(matcher.resolveName("Copilot").toolId()).isEqualTo("custom-copilot");
    }

    @Test
    void aNameOutsideTheCatalogBecomesACustomTool() {
        Match match = matcher.resolveName("Outil de feuilles de temps");
        assertThat(match.toolId()).isEqualTo("custom-outil-de-feuilles-de-temps");
        assertThat(English.of(match.rule())).isEqualTo("not in the catalog");
        assertThat(matcher.resolveName("Zoom Workplace").toolId()).isEqualTo("zoom");
        String longName = "Outil interne ".repeat(40);
        assertThat(matcher.resolveName(longName).toolId()).hasSizeLessThanOrEqualTo(ToolMatcher.CUSTOM_PREFIX.length()
                + ToolMatcher.MAX_SLUG).startsWith("custom-outil-interne-outil");
        assertThat(matcher.resolveName(longName).toolId()).isNotEqualTo(matcher.resolveName(longName + " 2").toolId());
    }
}
