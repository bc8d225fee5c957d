package dev.toolspend.catalog;

import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classes of descriptors tuned on descriptors-v2/tuning.tsv, each shown on the shipped catalog: look-alike
 * businesses, bank wording and currency conversions, cities the normaliser does not know, marketplace add-ons, cloud
 * cost exports. One example per class; the classes are rules, never one string.
 */
class DescriptorClassesTest {

    private static final Catalog CATALOG = Catalog.shipped();
    private static final ToolMatcher MATCHER = CATALOG.matcher();

    private static String charge(String descriptor, String description) {
        Match match = MATCHER.matchCharge(descriptor, description == null || description.isEmpty() ? null : description);
        return match.matched() ? match.toolId() : "none";
    }

    /** A business word stops a match unless it is part of the tool's names or the line says software. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SQ *NOTION CAFE TORONTO ON              | none
            RESTO-BAR LE SLACK SHERBROOKE QC        | none
            ACHAT - GARAGE ZOOM LONGUEUIL QC        | none
            TST* ASANA KITCHEN PORTLAND OR          | none
            FIGMA HAIR SALON VANCOUVER BC           | none
            NOTION.SO STUDIO                        | notion
            MIRO SOFTWARE STUDIO                    | miro
            SLACK TECHNOLOGIES                      | slack
            """)
    void businessWordsStopALookAlike(String descriptor, String expected) {
        assertThat(charge(descriptor, null)).isEqualTo(expected);
    }

    @Test
    void theLookAlikeRuleSaysWhichWordStoppedIt() {
        Match match = MATCHER.matchCharge("CLIO PATISSERIE LAVAL QC", null);
        assertThat(match.matched()).isFalse();
        assertThat(English.of(match.rule())).isEqualTo("a business that is not software: patisserie");
        assertThat(LookAlikes.businessWord(java.util.List.of("copilot", "studio"), "Copilot Studio",
                java.util.Set.of("copilot", "studio"))).isEmpty();
    }

    /**
     * A card line's last word may be a product's name cut short, unless it is a word merchants' and banks' lines end
     * with: REVENU QUEBEC is the tax agency, not RevenueCat; TARGET the store, not Targetprocess.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            REVENU QUEBEC                           | none
            TARGET 00012345 TORONTO ON              | none
            MONTHLY SERVICE CHARGE                  | none
            FRENCH VANILLA                          | none
            PAYPAL *SURVEYMONKE                     | surveymonkey
            """)
    void aCommonLastWordIsNotACutName(String descriptor, String expected) {
        assertThat(charge(descriptor, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ATLASSIAN SYDNEY AU USD 270.00 @ 1.3854       |                                                  | vendor-atlassian
            PAYPAL *ATLASSIAN 4029357733                  | 54.50 USD @ 1.360433                             | vendor-atlassian
            ACHAT - CALENDLY ATLANTA GA                   |                                                  | calendly
            Prélèvement préautorisé /CALENDLY ATLANTA GA  | Montant en devise : 16,00 USD - taux 1,369802    | calendly
            DRI*CALENDLY                                  |                                                  | calendly
            BUILDERTREND OMAHA NE                         |                                                  | buildertrend
            BOX BURGER OMAHA NE                           |                                                  | none
            """)
    void bankWordingCurrencyConversionAndUnknownCities(String descriptor, String description, String expected) {
        assertThat(charge(descriptor, description)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Zoom for Google Workspace          | zoom
            Asana for Microsoft Teams          | asana
            Smartsheet for Gmail               | smartsheet
            Gemini for Google Workspace        | gemini
            Copilot for Microsoft 365          | microsoft-copilot
            Some Unknown Tool for Gmail        | none
            """)
    void anAddOnIsItsOwnProductNeverTheSuite(String name, String expected) {
        assertThat(charge(name, "Marketplace app")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AWS Amazon Elastic Compute Cloud           | USD 0.0416 per On Demand Linux t3.medium Instance Hour | aws
            AWS Amazon Elastic Container Service       | AmazonECS-Hours                                        | aws
            Google Cloud Vertex AI                     | Gemini 1.5 Flash input characters                      | google-cloud
            Microsoft Azure DevOps                     | Basic Plan users                                       | azure-devops
            AWS Snowflake Data Cloud                   | AWS Marketplace - Snowflake Inc. - On Demand credits   | snowflake
            Microsoft Some Unknown Appliance           | Azure Marketplace - Unknown Vendor - hourly            | none
            Google Cloud Canada Corporation            | Google Workspace Business Plus - Annual commitment     | google-workspace
            """)
    void aCloudExportLineIsThePlatformUnlessAMarketplaceProduct(String descriptor, String description, String expected) {
        assertThat(charge(descriptor, description)).isEqualTo(expected);
    }

    @Test
    void aDescriptionNamingTheSameProductKeepsIt() {
        assertThat(charge("TEAMS1", "Microsoft Teams - service plan in SPB")).isEqualTo("microsoft-teams");
        assertThat(charge("TWILIO SENDGRID", "Email API Essentials")).isEqualTo("sendgrid");
    }

    @Test
    void paymentProcessingFeesAndEventTicketsAreNotSoftware() {
        assertThat(charge("Shopify Inc.", "Shopify Payments processing fees")).isEqualTo("none");
        assertThat(charge("EVENTBRITE/MTL DEV MEETUP MONTREAL QC", null)).isEqualTo("none");
        assertThat(charge("EVENTBRITE PRO", null)).isEqualTo("eventbrite");
    }

    @Test
    void aJobPostingIsAdvertisingNotTheJobBoardsSoftware() {
        assertThat(charge("LINKEDIN CORPORATION", "Job posting - Senior Engineer")).isEqualTo("none");
        assertThat(charge("Jobillico", "Affichage de poste - 60 jours")).isEqualTo("none");
        assertThat(charge("LinkedIn", "Recruiter Lite - annual")).isEqualTo("linkedin-recruiter");
    }

    @Test
    void aMultiProductVendorsCompanyNameIsVendorLevel() {
        assertThat(charge("PROTON AG GENEVE CH", null)).isEqualTo("vendor-proton");
        assertThat(charge("LIGHTSPEED COMMERCE INC MONTREAL QC", null)).isEqualTo("vendor-lightspeed-commerce");
        assertThat(charge("Lightspeed Commerce Inc.", "Lightspeed Restaurant - 2 terminals")).isEqualTo("lightspeed-restaurant");
    }

    @Test
    void aTaxOnlyLineIsReportedApartNotAsTheTool() {
        assertThat(charge("Amazon Web Services Canada, Inc.", "Tax - HST 13% (Ontario)")).isEqualTo("none");
        assertThat(charge("Google Workspace", "TPS/TVQ")).isEqualTo("none");
        assertThat(charge("TAXDOME NEW YORK NY", null)).isEqualTo("taxdome");
    }

    @Test
    void aWordFoundWholeBeatsOneGuessedFromACutWord() {
        assertThat(charge("AWS CrowdStrike Falcon Endpoint Protection Pro",
                "AWS Marketplace - CrowdStrike Inc. - annual contract")).isEqualTo("crowdstrike");
    }

    @Test
    void aOneWordNameThatIsACommonWordBesideAnotherBusinesssWordsIsThatBusiness() {
        assertThat(charge("LOOM & SPINDLE HALIFAX NS", null)).isEqualTo("none");
        assertThat(charge("NOTION DESIGNS VICTORIA BC", null)).isEqualTo("none");
        assertThat(charge("LOOM.COM", null)).isEqualTo("loom");
        assertThat(charge("LOOM INC SAN FRANCISCO CA", null)).isEqualTo("loom");
        assertThat(charge("DYNALIST INC DBA OBSIDIAN", "Obsidian Sync")).isEqualTo("obsidian");
    }

    @Test
    void aNameWrittenAsOneWordIsStillThatName() {
        assertThat(charge("ROCKETLAWYER.COM 877-881-0947 CA", null)).isEqualTo("rocket-lawyer");
        assertThat(charge("SKETCH B.V. EINDHOVEN NL", null)).isEqualTo("sketch");
        assertThat(charge("ACHAT - JETBRAINS S.R.O. PRAHA CZ", null)).isEqualTo("jetbrains");
    }

    @Test
    void aCarriersPhonePlanADonationAndAnAdAreNotSoftware() {
        assertThat(charge("TELUS Communications Inc.", "Forfait cellulaire affaires 10 lignes")).isEqualTo("none");
        assertThat(charge("CANADAHELPS DONATION TORONTO ON", null)).isEqualTo("none");
        assertThat(charge("Groupe Pages Jaunes", "Annonce Web Pages Jaunes - forfait annuel")).isEqualTo("none");
        assertThat(charge("TELUS Communications Inc.", "Business Connect - 10 lignes - mensuel"))
                .isEqualTo("telus-business-connect");
    }

    @Test
    void aMarketplaceListingIsTheAppBeforeTheColon() {
        assertThat(charge("Coefficient: Salesforce, HubSpot Data Connector", "Sheets add-on")).isEqualTo("coefficient");
    }

    @Test
    void aVendorsLineStartingWithItsOneWordProductIsThatProduct() {
        assertThat(charge("ACCEO Solutions Inc.", "Tempo - module comptabilité professionnelle - frais annuels"))
                .isEqualTo("acceo-tempo");
        assertThat(charge("AppSheet Core", "Included with Workspace")).isEqualTo("appsheet");
        assertThat(charge("TRILOGY SOFTWARE INC CARLETON PLAC ON", null)).isEqualTo("taxcycle");
    }

    @Test
    void aConferencePassProfessionalServicesADisbursementAndAnAccessPointAreNotSoftware() {
        assertThat(charge("AWS RE:INVENT 2025 LAS VEGAS NV", null)).isEqualTo("none");
        assertThat(charge("SNOWFLAKE INC", "Snowflake Summit 2025 - full conference pass")).isEqualTo("none");
        assertThat(charge("Acme Solutions inc.", "Services professionnels - implantation - 16 h")).isEqualTo("none");
        assertThat(charge("Dye & Durham Corporation", "Corporate profile searches - disbursements")).isEqualTo("none");
        assertThat(charge("Compugen Inc.", "Cisco Meraki MR36 cloud-managed access point")).isEqualTo("none");
    }

    @Test
    void anUnlistedSuppliersLineWithAQuantityOrPeriodNamesItsProduct() {
        assertThat(charge("Northshore Managed IT Ltd.", "Microsoft Teams Phone Standard x 20 - Mar 2025"))
                .isEqualTo("teams-phone");
        assertThat(charge("Lakeshore Technology Partners Inc.", "Cove Data Protection - server backup, 1 TB"))
                .isEqualTo("cove-data-protection");
        assertThat(charge("CHIPOTLE 2231 TORONTO ON", "Jira planning lunch")).isEqualTo("none");
    }

    @Test
    void usageBillingWordsAndAnAppLabelNamingItsAppSayNothingOfAnotherBusiness() {
        assertThat(charge("CURSOR USAGE NEW YORK NY", null)).isEqualTo("cursor");
        assertThat(charge("Snowflake - Analytics", "Snowflake")).isEqualTo("snowflake");
        assertThat(charge("SNOWFLAKE BAKERY HALIFAX NS", "Snowflake")).isEqualTo("none");
    }

    @Test
    void aResellersLineIsTheProductItNames() {
        assertThat(charge("TechSoup Canada", "Microsoft 365 Business Premium - don - frais administratifs - 25 licences"))
                .isEqualTo("microsoft-365");
        assertThat(charge("Sherweb inc.", "Acronis Cyber Protect Cloud - stockage de sauvegarde 1 To")).isEqualTo("acronis");
    }

    @Test
    void aVendorsConferenceTrainingOnboardingAndGoodsAreNotItsSoftware() {
        assertThat(charge("Figma", "Config 2025 ticket - Dana")).isEqualTo("none");
        assertThat(charge("Vercel", "Ship conf tickets")).isEqualTo("none");
        assertThat(charge("Twilio", "SIGNAL conference")).isEqualTo("none");
        assertThat(charge("Databricks", "Databricks Academy - Instructor-Led Training")).isEqualTo("none");
        assertThat(charge("HubSpot Ireland Limited", "Professional Onboarding (one-time)")).isEqualTo("none");
        assertThat(charge("Ceridian Canada Ltd.", "Dayforce Implementation - milestone 2 of 4")).isEqualTo("none");
        assertThat(charge("Getty Images (US), Inc.", "Royalty-free image license - single use")).isEqualTo("none");
        assertThat(charge("SHIPPO* LABELS SAN FRANCISCO CA", null)).isEqualTo("none");
        assertThat(charge("Canva", "business cards print order")).isEqualTo("none");
        assertThat(charge("CDW Canada Corp.", "Logitech Rally Bar Mini - Microsoft Teams Rooms kit")).isEqualTo("none");
        assertThat(charge("KnowBe4, Inc.", "Security Awareness Training Platinum - 50 users")).isEqualTo("knowbe4");
    }

    @Test
    void anAppAPlatformBillsForItsVendorIsThatApp() {
        assertThat(charge("Shopify Inc.", "App charges: Klaviyo: Email Marketing & SMS")).isEqualTo("klaviyo");
        assertThat(charge("Atlassian Pty Ltd", "Tempo Timesheets for Jira (Cloud) - 150 users - Marketplace app"))
                .isEqualTo("tempo");
        assertThat(charge("Asana for Google Workspace", "Google Workspace Marketplace - Starter - 5 seats"))
                .isEqualTo("asana");
    }

    @Test
    void severalProductsOfAVendorOnOneLineAreTheVendors() {
        assertThat(charge("Atlassian", "Jira + Confluence cloud")).isEqualTo("vendor-atlassian");
    }

    @Test
    void cutWordsAfterANameFoundWholeAndSqueezedNamesNeverCut() {
        assertThat(charge("ADOBE *CREATIVE CLO", null)).isEqualTo("adobe-creative-cloud");
        assertThat(charge("BLICK ART MATERIALS #1200 BROOKLYN NY", null)).isEqualTo("none");
        assertThat(charge("WOLTERS KLUWER CDA  TORONTO ON", null)).isEqualTo("vendor-wolters-kluwer");
        assertThat(charge("Patterson Companies, Inc.", "Eaglesoft Software Support - annual renewal")).isEqualTo("eaglesoft");
    }

    @Test
    void aMultiProductVendorsNameAroundAProductsAliasAndANameInTheCityFieldAreNotTheProduct() {
        assertThat(charge("LEXIS NEXIS PMT DAYTON OH", null)).isEqualTo("vendor-lexisnexis");
        assertThat(charge("GRAPHISOFT NORTH AMERICA NEWTON MA", null)).isEqualTo("vendor-graphisoft");
        assertThat(charge("STACK CONSTRUCTION TECHN CHARLOTTE NC", null)).isEqualTo("stackct");
    }

    @Test
    void directoryListingsAndCourseRegistrationsAreNotSoftware() {
        assertThat(charge("ZILLOW RENTALS LISTING SEATTLE WA", null)).isEqualTo("none");
        assertThat(charge("PSYCHOLOGY TODAY 8005353456 NY", null)).isEqualTo("none");
        assertThat(charge("CPA Canada", "In-Depth Tax Course - Module 2 registration")).isEqualTo("none");
    }

    @Test
    void descriptorsV8Classes() {
        assertThat(charge("AWS Marketplace", "Datadog via marketplace")).isEqualTo("datadog");
        assertThat(charge("Informatique Beauce Inc.", "Abonnement Adobe Creative Cloud - 2 licences - annuel"))
                .isEqualTo("adobe-creative-cloud");
        assertThat(charge("LINKEDIN P29384756 LNKD.IN/BILL CA", null)).isEqualTo("vendor-linkedin");
        assertThat(charge("BASECAMP OUTFITTERS WINNIPEG MB", null)).isEqualTo("none");
        assertThat(charge("PAIEMENT PREAUT. ADP CANADA", null)).isEqualTo("vendor-adp");
        assertThat(charge("Avalara", "sales tax calc")).isEqualTo("avalara");
        assertThat(charge("FLOAT.COM NEW YORK NY", null)).isEqualTo("float-resource");
        assertThat(charge("CANADAHELPS.ORG TORONTO ON", null)).isEqualTo("none");
        assertThat(charge("Atlassian Pty Ltd", "Atlassian University - Jira Administration training")).isEqualTo("none");
        assertThat(charge("CrowdStrike, Inc.", "Incident Response Retainer - 40 hours")).isEqualTo("none");
        assertThat(charge("HubSpot, Inc.", "Marketing Hub Enterprise Onboarding (one-time)")).isEqualTo("none");
        assertThat(charge("Isaac Instruments inc.", "Tablette robuste et harnais d'installation")).isEqualTo("none");
    }

    @Test
    void descriptorsV9Classes() {
        assertThat(charge("Slack Technologies", "Slack Frontiers passes x2 - Sarah & Mike")).isEqualTo("none");
        assertThat(charge("Google", "Cloud Next badge")).isEqualTo("none");
        assertThat(charge("PROTON AG", "Proton Pass Business - 10 users")).isNotEqualTo("none");
        assertThat(charge("Cloudflare Store", "swag order - stickers & tees")).isEqualTo("none");
        assertThat(charge("Shopify", "Shopify Basic - merch store")).isEqualTo("shopify");
        assertThat(charge("Udemy", "Kubernetes course - Jonas")).isEqualTo("none");
        assertThat(charge("HashiCorp", "Terraform Associate exam")).isEqualTo("none");
        assertThat(charge("Acomba inc.", "Formation Acomba Paie - 3 heures à distance")).isEqualTo("none");
        assertThat(charge("Posera", "Déplacement technicien – installation Maitre'D (Rimouski)")).isEqualTo("none");
        assertThat(charge("Deel", "contractor payout - Ana (Brazil)")).isEqualTo("none");
        assertThat(charge("Brex", "YubiKey 5C x20")).isEqualTo("none");
        assertThat(charge("GoDaddy.com, LLC", "Microsoft 365 Email Essentials from GoDaddy - 5 mailboxes"))
                .isEqualTo("microsoft-365");
        assertThat(charge("Salesloft, Inc.", "Advanced plan")).isEqualTo("salesloft");
        assertThat(charge("Atlassian Pty Ltd", "Atlassian Cloud - prorated adjustment")).isEqualTo("vendor-atlassian");
        assertThat(charge("Dell Canada Inc.", "Windows Server 2022 Standard ROK 16 core")).isNotEqualTo("none");
    }
}
