package dev.toolspend.catalog;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and forms of billing text that name no product — billing jargon, edition words, licence lines, suites
 * others sell add-ons for, several products on one line, apps a platform bills: what {@link ToolMatcher} reads beside
 * the names it looks up.
 */
final class BillingText {

    /** Words beside a vendor's name that say nothing about which product was bought. */
    private static final Set<String> BILLING_WORDS = Set.of("subscription", "subscr", "subscri", "subs", "sub", "plan",
            "plans", "renewal", "renew", "monthly", "annual", "yearly", "payment", "pmt", "billing", "bill", "invoice",
            "charge", "recurring", "membership", "license", "licence", "licenses", "licences", "services", "service",
            "online", "com", "www", "net", "io", "help", "helppay", "cc", "g", "inc", "ulc", "pbc", "canada", "ca",
            "us", "usa", "ireland", "unlimited", "company", "systems", "technologies", "technology", "software",
            "cloud", "maintenance", "support", "and", "msbill", "info", "account", "accounts", "pty",
            "abonnement", "mensuel", "annuel", "logiciel", "facture", "paiement", "et", "entretien", "soutien",
            "vip", "true", "up", "trueup", "client", "customer", "ans", "an", "mensuels", "annuels", "annuelle",
            "conseil", "conseils", "poste", "postes", "acct", "solutions", "solution", "marketing", "international",
            "americas", "america", "germany", "deutschland", "france", "europe", "uk", "labs", "group", "holdings",
            // billing jargon of vendors' invoices, English and French: fees, contracts, POs, seats, periods, taxes
            "fee", "fees", "contract", "contrat", "renouvellement", "frais", "de", "des", "du", "la", "le", "les", "d",
            "l", "compte", "entreprise", "po", "order", "commande", "users", "user", "seats", "seat", "utilisateurs",
            "utilisateur", "q1", "q2", "q3", "q4", "period", "periode", "term", "year", "years", "annee", "month",
            "months", "mois", "paie", "payroll", "tax", "taxes", "gst", "hst", "qst", "tps", "tvq", "for", "pour", "in",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
            "septembre", "octobre", "novembre", "decembre", "corporation", "co", "ltd", "limited", "llc",
            // usage billing: "CURSOR USAGE", "OPENAI OVERAGE"
            "usage", "overage", "overages", "credits", "topup", "cda", "platform", "plateforme", "web",
            // a vendor's regional entity: "GRAPHISOFT NORTH AMERICA", "SALESFORCE EMEA"
            "north", "south", "latin", "emea", "apac", "asia", "pacific", "research", "laboratories", "laboratory",
            "laboratoires",
            // invoice adjustments: "Atlassian Cloud - prorated adjustment", "Microsoft - CSP monthly invoice"
            "prorated", "proration", "adjustment", "adjustments", "ajustement", "csp", "mensuelle",
            // a vendor's support tier: "Salesforce Premier Success Plan (30% of net license fees)"
            "premier", "success", "signature", "of", "the",
            // an invoice that is only paperwork: "Statement – account ending 1920", "Relevé d'abonnements", "contrat
            // no 0048213", "per Schedule A", "1 yr", "frais de soutien et mise à jour"
            "statement", "releve", "abonnements", "ending", "no", "number", "numero", "schedule", "per", "a", "yr",
            "yrs", "mise", "jour", "update", "updates");

    static boolean billingWord(String word) {
        return BILLING_WORDS.contains(word);
    }

    /** Shortest start of a billing word read as that word cut short at a card line's end ("SERVI", "CANA"). */
    private static final int SHORTEST_CUT_BILLING_WORD = 4;

    /** Whether the word starts a longer billing word: the end of a card line's merchant field cut there. */
    static boolean cutBillingWord(String word) {
        return word.length() >= SHORTEST_CUT_BILLING_WORD && DescriptorNormaliser.cutFrom(word, BILLING_WORDS);
    }

    /** Words of a placeholder where a source puts no vendor ("Marketplace app"): the description names the product. */
    private static final Set<String> GENERIC_NAMES = Set.of("marketplace", "app", "apps", "add", "on", "addon",
            "add-on", "application", "extension", "integration");

    /** Edition words a product's line may carry after its name ("SLACK PRO", "LOOM BUSINESS"). */
    private static final Set<String> EDITION_WORDS = Set.of("pro", "plus", "premium", "business", "team", "teams",
            "starter", "basic", "standard", "enterprise", "essentials", "professional", "personal", "lite", "max",
            "ultimate", "growth", "scale", "hq", "labs", "app", "apps", "ai", "io", "so", "co");

    /** Whether a source's vendor field is only a placeholder ("Marketplace app"). */
    static boolean genericNames(List<String> tokens) {
        return GENERIC_NAMES.containsAll(tokens);
    }

    static boolean editionWord(String word) {
        return EDITION_WORDS.contains(word);
    }

    /** Words of a licence line on a supplier's invoice ("Microsoft 365 Business Premium - 12 licences - annual"). */
    private static final Set<String> LICENSING_WORDS = Set.of("license", "licence", "licenses", "licences",
            "licensing", "subscription", "subscriptions", "abonnement", "abonnements", "seats", "seat", "users",
            "utilisateurs", "renewal", "renouvellement", "annual", "annuel", "annuelle", "annuels", "monthly", "mensuel",
            "mensuelle", "mensuels", "term", "terme", "edition", "plan", "year", "years", "an", "ans", "devices",
            "appareils", "postes", "poste", "endpoint", "endpoints", "user", "device", "mailbox", "mailboxes", "agents",
            "pepm", "month", "commitment", "engagement", "comptes", "accounts", "usagers", "employes", "employees",
            "terminaison", "terminaisons", "terminaux", "sieges", "siege", "utilisateur", "usager", "technicians",
            "technician", "techniciens", "technicien", "util", "utils",
            // mailboxes, cores and consumption: "50 boîtes", "16 cœurs (CSP perpétuel)", "consommation novembre"
            "boites", "boite", "cores", "coeurs", "perpetual", "perpetuel", "perpetuelle", "consommation", "consumption");

    /** Quantities, sizes and periods of a licence line: "x 20", "3 x", "1 TB", "1YR", "Mar 2025". */
    private static final Pattern LICENCE_QUANTITY = Pattern.compile("(?i)\\bx\\s*\\d+\\b|\\b\\d+\\s*x\\b"
            + "|\\b\\d+\\s*(?:yrs?|y|mo|tb|gb|to|go)\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+20\\d\\d\\b");

    /**
     * Whether a description is a licence line: then a supplier the catalog does not list (a local IT provider) sells
     * the product it names, while a merchant's memo naming a tool ("coffee for the Jira workshop") names nothing.
     */
    static boolean licenceLine(List<String> tokens, String description) {
        return tokens.stream().anyMatch(LICENSING_WORDS::contains) || LICENCE_QUANTITY.matcher(description).find();
    }

    /** How many licence words start the line ("Licences Microsoft 365…", "Abonnement annuel Revit…"). */
    static int leadingLicenceWords(List<String> tokens) {
        int count = 0;
        while (count < tokens.size() && LICENSING_WORDS.contains(tokens.get(count))) {
            count++;
        }
        return count;
    }

    /**
     * Suites other vendors sell add-ons for: in {@code Zoom for Google Workspace}, {@code Asana for Microsoft Teams} or
     * {@code Geekbot for Slack} the product is what comes before "for" (French "pour"), never the suite.
     */
    private static final List<List<String>> ADD_ON_HOSTS = List.of(List.of("google", "workspace"), List.of("gsuite"),
            List.of("g", "suite"), List.of("gmail"), List.of("google", "sheets"), List.of("google", "docs"),
            List.of("google", "drive"), List.of("google", "calendar"), List.of("google", "chat"),
            List.of("google", "meet"), List.of("microsoft", "teams"), List.of("ms", "teams"), List.of("teams"),
            List.of("slack"), List.of("outlook"), List.of("microsoft", "outlook"), List.of("microsoft", "365"),
            List.of("office", "365"), List.of("excel"), List.of("microsoft", "excel"), List.of("jira"),
            List.of("confluence"), List.of("salesforce"), List.of("zoom"), List.of("chrome"), List.of("hubspot"),
            List.of("shopify"), List.of("quickbooks"), List.of("xero"), List.of("google", "slides"),
            List.of("google", "forms"), List.of("google", "classroom"), List.of("google", "chrome"),
            List.of("powerpoint"), List.of("microsoft", "word"), List.of("onenote"), List.of("sharepoint"),
            List.of("asana"), List.of("trello"), List.of("notion"), List.of("figma"), List.of("github"),
            List.of("gitlab"));

    /** Where "for" + a suite's name begins an add-on's host, or -1. */
    static int addOnAt(List<String> tokens) {
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (tokens.get(i).equals("for") || tokens.get(i).equals("pour")) {
                List<String> after = tokens.subList(i + 1, tokens.size());
                for (List<String> host : ADD_ON_HOSTS) {
                    if (DescriptorNormaliser.startsWith(after, host)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** Whether the words are the name of a suite others sell add-ons for. */
    static boolean addOnHost(List<String> tokens) {
        return ADD_ON_HOSTS.contains(tokens);
    }

    /** A line joining several products: "Basecamp + HEY", "Jira & Confluence", "Slack et Zoom". */
    private static final Pattern SEVERAL = Pattern.compile("(?i)\\s(?:\\+|&|and|et)\\s");

    static boolean severalProducts(String description) {
        return SEVERAL.matcher(description).find();
    }

    /** How a platform's invoice names an app it bills for another vendor: "App charges: Klaviyo: Email Marketing". */
    private static final Pattern APP_CHARGE = Pattern.compile(
            "(?i)^\\s*(?:apps?\\s+(?:charges?|subscriptions?|fees?|usage)|frais\\s+d.applications?)\\s*[:\\-–]\\s*");

    private static final Pattern PART_NUMBER = Pattern.compile("\\s*[A-Z0-9]+(?:_[A-Z0-9]+)+\\s*");

    /** Whether a text is a licence's part number as admin exports print it ({@code M365EDU_A3_STUUSEBNFT}). */
    static boolean partNumber(String text) {
        return PART_NUMBER.matcher(text).matches();
    }

    /**
     * The app's listing title in a platform's "App charges: Klaviyo: Email Marketing" line (it starts with the app's
     * name, "Back in Stock: Restock Alerts — Professional"), or null when not so written.
     */
    static String appCharged(String description) {
        Matcher charge = APP_CHARGE.matcher(description);
        return charge.find() ? description.substring(charge.end()) : null;
    }

    private BillingText() {
    }
}
