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
    void aCloudMarketplaceListingOfServicesIsNoSubscription() {
        assertThat(MATCHER.matchCloudCharge("AWS Marketplace", "NetSuite ERP Implementation Services - Phase 1",
                java.util.Set.of()).matched()).isFalse();
        assertThat(MATCHER.matchCloudCharge("AWS Marketplace", "Datadog Pro - annual commit", java.util.Set.of())
                .toolId()).isEqualTo("datadog");
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

    /**
     * The classes found on the later independent sets (descriptors-v6 to -v9 tuning; docs/catalog.md), one or a few
     * examples each: descriptor | description | what it names.
     */
    @ParameterizedTest(name = "{0} / {1} → none")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a conference pass professional services a disbursement and an access point are not software
            AWS RE:INVENT 2025 LAS VEGAS NV       |                                                           | none
            SNOWFLAKE INC                         | Snowflake Summit 2025 - full conference pass              | none
            Acme Solutions inc.                   | Services professionnels - implantation - 16 h             | none
            Dye & Durham Corporation              | Corporate profile searches - disbursements                | none
            Compugen Inc.                         | Cisco Meraki MR36 cloud-managed access point              | none
            # an unlisted suppliers line with a quantity or period names its product
            CHIPOTLE 2231 TORONTO ON              | Jira planning lunch                                       | none
            # usage billing words and an app label naming its app say nothing of another business
            SNOWFLAKE BAKERY HALIFAX NS           | Snowflake                                                 | none
            # tickets bought through an event platform; a merchant whose name starts a catalog name
            Eventbrite                            | billets conférence UX                                     | none
            Groupe Ultima                         | Assurance responsabilité municipale - prime 2025          | none
            FRAIS ANNUELS DE LA CARTE             |                                                           | none
            # a company that mostly sells goods: its bare card line is not its one software product
            HYPERTHERM INC HANOVER NH             |                                                           | none
            MCKESSON CANADA #318 MOUNT PEARL NL   |                                                           | none
            PATTERSON DENTAL 800-873-7683 MN      |                                                           | none
            # a vendors conference training onboarding and goods are not its software
            Figma                                 | Config 2025 ticket - Dana                                 | none
            Vercel                                | Ship conf tickets                                         | none
            Twilio                                | SIGNAL conference                                         | none
            Databricks                            | Databricks Academy - Instructor-Led Training              | none
            HubSpot Ireland Limited               | Professional Onboarding (one-time)                        | none
            Ceridian Canada Ltd.                  | Dayforce Implementation - milestone 2 of 4                | none
            Getty Images (US), Inc.               | Royalty-free image license - single use                   | none
            SHIPPO* LABELS SAN FRANCISCO CA       |                                                           | none
            Canva                                 | business cards print order                                | none
            CDW Canada Corp.                      | Logitech Rally Bar Mini - Microsoft Teams Rooms kit       | none
            # cut words after a name found whole and squeezed names never cut
            BLICK ART MATERIALS #1200 BROOKLYN NY |                                                           | none
            # directory listings and course registrations are not software
            ZILLOW RENTALS LISTING SEATTLE WA     |                                                           | none
            PSYCHOLOGY TODAY 8005353456 NY        |                                                           | none
            CPA Canada                            | In-Depth Tax Course - Module 2 registration               | none
            # descriptors v8 classes
            BASECAMP OUTFITTERS WINNIPEG MB       |                                                           | none
            CANADAHELPS.ORG TORONTO ON            |                                                           | none
            Atlassian Pty Ltd                     | Atlassian University - Jira Administration training       | none
            CrowdStrike, Inc.                     | Incident Response Retainer - 40 hours                     | none
            HubSpot, Inc.                         | Marketing Hub Enterprise Onboarding (one-time)            | none
            Isaac Instruments inc.                | Tablette robuste et harnais d'installation                | none
            # descriptors v9 classes
            Slack Technologies                    | Slack Frontiers passes x2 - Sarah & Mike                  | none
            Google                                | Cloud Next badge                                          | none
            Cloudflare Store                      | swag order - stickers & tees                              | none
            Udemy                                 | Kubernetes course - Jonas                                 | none
            HashiCorp                             | Terraform Associate exam                                  | none
            Acomba inc.                           | Formation Acomba Paie - 3 heures à distance               | none
            Posera                                | Déplacement technicien – installation Maitre'D (Rimouski) | none
            Deel                                  | contractor payout - Ana (Brazil)                          | none
            Brex                                  | YubiKey 5C x20                                            | none
            # descriptors v10
            RENTALS.CA LISTING TORONTO ON         |                                                           | none
            # descriptors v14: a data migration and managed IT services are work, a booking platform's commission and a
            # creator marketplace's item are no subscription
            Groupe Conseil Laurentide inc.        | Migration des boîtes courriel vers Microsoft 365 - phase 1 | none
            Acme Networks Ltd.                    | Managed IT services - 30 endpoints - June                 | none
            Booking.com B.V.                      | Commission - Auberge du Lac - juin                        | none
            GUMROAD.COM* BRUSH PACK SAN FRANCISCO CA |                                                        | none
            Musicbed                              | sync licence - 1 track - promo video                      | none
            Planitar Inc.                         | iGUIDE camera kit - replacement                           | none
            # a registry's fees, a printed book, goods sold by the pack and insurance premiums a platform remits
            Teranet Inc.                          | Teraview – registration fees – avril                       | none
            EVENTBRITE                            | conference tickets - Collision 2026                       | none
            Square                                | card transaction fees - June                              | none
            Éditions Yvon Blais                   | Code de procédure civile annoté, édition reliée           | none
            J. J. Keller & Associates, Inc.       | Vehicle inspection log books - 25 pk                      | none
            Route App, Inc.                       | Shipping protection - premiums remitted - March           | none
            """)
    void notSoftware(String descriptor, String description, String expected) {
        assertThat(charge(descriptor, description)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # an unlisted suppliers line with a quantity or period names its product
            Northshore Managed IT Ltd.            | Microsoft Teams Phone Standard x 20 - Mar 2025                            | teams-phone
            Kezber inc.                           | Huntress Managed EDR - 104 points de terminaison                          | huntress
            Patterson Dental                      | Eaglesoft annual support                                                  | eaglesoft
            Hypertherm Inc.                       | ProNest 2025 - software maintenance renewal                               | pronest
            Lakeshore Technology Partners Inc.    | Cove Data Protection - server backup, 1 TB                                | cove-data-protection
            # usage billing words and an app label naming its app say nothing of another business
            CURSOR USAGE NEW YORK NY              |                                                                           | cursor
            Snowflake - Analytics                 | Snowflake                                                                 | snowflake
            # an Okta label: the app's instance after a dash, a studio in its name, or its name shortened
            Jira - Studio Aurore                  | Jira Cloud                                                                | jira
            Bluebeam Studio                       | Bluebeam                                                                  | bluebeam
            Veracross - Faculty Portal            | SAML 2.0                                                                  | veracross
            Sigma                                 | Sigma Computing                                                           | sigma-computing
            # a card line cut inside its city glues the province to it
            JANE SOFTWARE INC NORTH VANCOUVBC     |                                                                           | jane-app
            3CX LTD LIMASSOL CYP                  |                                                                           | 3cx
            # a name the normaliser shortens to a common word is not that word
            Compugen Inc.                         | Progress ShareFile Advanced - 10 users                                    | sharefile
            # a resellers line is the product it names
            TechSoup Canada                       | Microsoft 365 Business Premium - don - frais administratifs - 25 licences | microsoft-365
            Sherweb inc.                          | Acronis Cyber Protect Cloud - stockage de sauvegarde 1 To                 | acronis
            # a vendors conference training onboarding and goods are not its software
            KnowBe4, Inc.                         | Security Awareness Training Platinum - 50 users                           | knowbe4
            # an app a platform bills for its vendor is that app
            Shopify Inc.                          | App charges: Klaviyo: Email Marketing & SMS                               | klaviyo
            Atlassian Pty Ltd                     | Tempo Timesheets for Jira (Cloud) - 150 users - Marketplace app           | tempo
            Asana for Google Workspace            | Google Workspace Marketplace - Starter - 5 seats                          | asana
            # several products of a vendor on one line are the vendors
            Atlassian                             | Jira + Confluence cloud                                                   | vendor-atlassian
            # cut words after a name found whole and squeezed names never cut
            ADOBE *CREATIVE CLO                   |                                                                           | adobe-creative-cloud
            WOLTERS KLUWER CDA  TORONTO ON        |                                                                           | vendor-wolters-kluwer
            Patterson Companies, Inc.             | Eaglesoft Software Support - annual renewal                               | eaglesoft
            # a multi product vendors name around a products alias and a name in the city field are not the product
            LEXIS NEXIS PMT DAYTON OH             |                                                                           | vendor-lexisnexis
            GRAPHISOFT NORTH AMERICA NEWTON MA    |                                                                           | vendor-graphisoft
            STACK CONSTRUCTION TECHN CHARLOTTE NC |                                                                           | stackct
            # a company's name that one of its several products, named otherwise, also carried names the company
            HASHICORP SAN FRANCISCO CA            |                                                                           | vendor-hashicorp
            HENRY SCHEIN ONE 800-336-8749 UT      |                                                                           | vendor-henry-schein-one
            HashiCorp                             | Terraform Cloud Plus - 5 users                                            | hcp-terraform
            # an unlisted IT provider's licence line counted in seats, technicians or "sièges", a French add-on's host
            Solutions TI Capitale inc.            | ScreenConnect - accès à distance, 2 techniciens                            | screenconnect
            Technologies Novatek Montérégie inc.  | Datto SaaS Protection pour Microsoft 365 – 35 sièges                      | datto
            # Stripe's own company is no payment prefix; a platform fee names no product
            Stripe Payments Canada, Ltd.          | Stripe Billing - 0.5% of recurring volume                                 | stripe-billing
            Bonterra Tech LLC                     | Annual platform fee                                                       | vendor-bonterra-tech
            # a platform's app charge: the app its listing's title starts with
            Shopify Inc.                          | App charge: Judge.me Product Reviews — Awesome plan (Oct 28 – Nov 27)     | judge-me
            Shopify Inc.                          | App charge: Searchanise Search & Filter — Pro 3                           | searchanise
            # an unknown licence part number names no vendor; an amount before its currency is no name
            HashiCorp, Inc.                       | Terraform Plus - annual                                                   | hcp-terraform
            Microsoft Dynamics 365                |                                                                           | none
            MCOEV_FACULTY                         | Microsoft Teams Phone Standard for faculty                                | teams-phone
            ACHAT - PHOTOROOM PARIS FR 14,99 EUR  |                                                                           | photoroom
            # an app label's instance after a dash is no business, a merchant's business word still is
            Curve Hero - Dentaire                 | SAML 2.0                                                                  | curve-dental
            CURVE HERO DENTAIRE LEVIS QC          |                                                                           | none
            # a clinic's short word is not a product's name cut short
            Jane - Physio Lévis                   | Bookmark App                                                              | none
            # while a product named as its company keeps its company's lines
            PROCORE TECHNOLOGIES CARPINTERIA CA   |                                                                           | procore
            WAVE FINANCIAL INC TORONTO ON         |                                                                           | wave
            # descriptors v8 classes
            AWS Marketplace                       | Datadog via marketplace                                                   | datadog
            Informatique Beauce Inc.              | Abonnement Adobe Creative Cloud - 2 licences - annuel                     | adobe-creative-cloud
            LINKEDIN P29384756 LNKD.IN/BILL CA    |                                                                           | vendor-linkedin
            PAIEMENT PREAUT. ADP CANADA           |                                                                           | vendor-adp
            Avalara                               | sales tax calc                                                            | avalara
            FLOAT.COM NEW YORK NY                 |                                                                           | float-resource
            # descriptors v9 classes
            Shopify                               | Shopify Basic - merch store                                               | shopify
            GoDaddy.com, LLC                      | Microsoft 365 Email Essentials from GoDaddy - 5 mailboxes                 | microsoft-365
            Salesloft, Inc.                       | Advanced plan                                                             | salesloft
            Atlassian Pty Ltd                     | Atlassian Cloud - prorated adjustment                                     | vendor-atlassian
            # descriptors v10
            DASSAULT SYSTEMES SOLIDWO WALTHAM MA  |                                                           | solidworks
            HOVER/TUCOWS DOMAINS TORONTO ON       |                                                           | hover
            THOMSON REUTERS TAX & ACCO CARROLLTON TX |                                                        | vendor-thomson-reuters
            Gorgias                               | support tickets helpdesk                                  | gorgias
            ShipStation                           | shipping labels subscription                              | shipstation
            Solutions TI Boréal inc.              | Google Workspace Business Starter – 12 comptes            | google-workspace
            # product names are not the not-software words they hold: Proton Pass is no event pass, Windows Server no hardware
            PROTON AG                             | Proton Pass Business - 10 users                           | proton-pass
            Dell Canada Inc.                      | Windows Server 2022 Standard ROK 16 core                  | windows-server
            # descriptors v14
            # a not-software word only in the memo that names the tool's own job: a help desk's tickets, a booking
            # engine's transaction fees; the same words after a ticketing or payment merchant stay not software
            Gorgias                               | Helpdesk Pro - 2,500 billable tickets / month             | gorgias
            SynXis                                | transaction fees - booking engine - July                  | synxis
            # a suite's licence whose description lists a plan it includes is the suite
            Microsoft 365 E3                      | EXCHANGE_S_ENTERPRISE                                     | microsoft-365
            # a name guessed from a cut word is no name when a company form follows it: a reseller's licence line
            Services Informatiques Zendes inc.    | Exchange Online (Plan 2) x 8                              | exchange-online
            # mailboxes, cores and consumption make a licence line
            Groupe Conseil Laurentide inc.        | Mimecast Email Security - 40 boîtes                       | mimecast
            Groupe Conseil Laurentide inc.        | Windows Server 2022 Datacenter - 16 cœurs                 | windows-server
            # an invoice that is only paperwork names its vendor
            Intuit Canada ULC                     | Statement - account ending 4411 - October                 | vendor-intuit
            Trimble Inc.                          | Renouvellement contrat no 77120 - période 2026            | vendor-trimble
            # a multi-product company's legal name with a company word names the company
            YARDI SYSTEMS INC GOLETA CA           |                                                           | vendor-yardi-systems
            # French bank wording "Retrait préautorisé", a company word cut at the merchant field's end, a document number
            Retrait préautorisé /TRIMBLE INC      |                                                           | vendor-trimble
            TRIMBLE SOLUTIONS CANA TORONTO ON     |                                                           | vendor-trimble
            Atlassian Pty Ltd                     | Cloud renewal - SEN-10293847                              | vendor-atlassian
            # descriptors v15
            # a name that starts with a bank's prefix word is no prefix ("purchase" in Purchasely): ADOBE.LY named it
            ADOBE *ACROPRO SUBS ADOBE.LY/ENCA     |                                                           | adobe-acrobat
            MICROSOFT*M365 BUS PREM MSBILL.INFO   |                                                           | microsoft-365
            # a licence counted in "util." (utilisateurs); Bulgaria's code after a Sofia company form
            Services TI Rive-Sud inc.             | Mimecast - filtrage courriel (15 util.)                   | mimecast
            CHAOS SOFTWARE EOOD SOFIA BG EUR 659.00 @ 1.4975 |                                                | vendor-chaos-software
            # a software company's line for something else than its software: rentals, onsite staff, human
            # interpreters and captioners, organizer and booking fees, goods
            Cvent, Inc.                           | OnArrival Kiosk Rental (4 units) incl. shipping           | none
            Cvent                                 | onsite staff - gala                                       | none
            Interprefy AG                         | Remote simultaneous interpretation - interpreters FR/EN (8 h) | none
            Verbit Inc.                           | Live CART captioning - human captioner, 6 h               | none
            EVENTBRITE*ORGANIZER FEE SAN FRANCISCO CA |                                                       | none
            Navan, Inc.                           | Travel booking fees - 42 trips (October)                  | none
            Myzone Group Ltd                      | MZ-Switch heart rate belts x 50                           | none
            # the same vendors' software stays theirs, and a conference named by an event or meeting platform's own
            # line is its job; a ticket to one is not
            Interprefy AG                         | Remote simultaneous interpretation platform - annual      | interprefy
            Whova                                 | app for annual conference                                 | whova
            Zoom Video Communications, Inc.       | Zoom Events Conference - 3,000 attendees                  | zoom
            Eventbrite                            | tickets to sector conference                              | none
            # a supplier named like a software company reselling another's product: its licence words, then the product
            # whose name starts with its maker's; a renewal of an order names no product called Order
            Groupe Infotech Montréal inc.         | Licences Microsoft 365 Affaires Standard (mensuel) x 12   | microsoft-365
            Zoho Corporation Pvt. Ltd.            | Subscription renewal – order 7788123 – 12 months          | vendor-zoho
            # a vendor's support tier names no product of its own; a product sold by the invoice's company is its own
            Salesforce, Inc.                      | Premier Success Plan (30% of net license fees)            | vendor-salesforce
            LexisNexis Canada Inc.                | PCLaw – frais de soutien et mise à jour annuels, 3 licences | pclaw
            # Microsoft's nonprofit SKUs are no donation
            Microsoft 365 Business Premium Donation (Non Profit Pricing) | Exchange Online (Plan 1)       | microsoft-365
            """)
    void namesTheTool(String descriptor, String description, String expected) {
        assertThat(charge(descriptor, description)).isEqualTo(expected);
    }
}
