package dev.toolspend.catalog;

import dev.toolspend.ingest.table.Sha256;
import dev.toolspend.model.Message;
import dev.toolspend.model.Tool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Resolves billing descriptors, license-register tool names and usage app names to catalog tools.
 * Stateless after construction and safe to share between threads. See docs/catalog.md.
 */
public final class ToolMatcher {

    /** Id prefix of tools named in the inputs but absent from the catalog. */
    public static final String CUSTOM_PREFIX = "custom-";

    /** Longest custom-tool id after its prefix: longer names keep their start and a digest of the whole. */
    static final int MAX_SLUG = 120;

    /** Category of the platforms a cloud billing export (FOCUS) bills for when it names only the provider. */
    static final String CLOUD_CATEGORY = "cloud-infrastructure";

    private final Catalog catalog;
    private final DescriptorNormaliser normaliser;

    ToolMatcher(Catalog catalog, DescriptorNormaliser normaliser) {
        this.catalog = catalog;
        this.normaliser = normaliser;
    }

    /**
     * Matches a text against the catalog's SKU codes (a whole token of the text), then its aliases (or,
     * for the whole text, a tool's exact name).
     */
    public Match match(String text) {
        return match(text, normaliser.tokens(text));
    }

    private Match match(String raw, List<String> tokens) {
        String normalised = String.join(" ", tokens);
        Map.Entry<String, String> sku = catalog.toolOfSku(raw);
        AliasIndex.Hit<String> hit = wholeBeforeCompanyForm(raw, tokens,
                withinMerchantName(raw, catalog.toolAliases().find(tokens)));
        if (sku != null && !skuWithinOtherName(sku, hit, tokens)) {
            return new Match(sku.getValue(), normalised, Message.of("match.sku", sku.getKey()));
        }
        int addOn = BillingText.addOnAt(tokens);
        if (addOn > 0 && (hit == null || hit.start() > addOn || hit.start() + hit.entry().tokens().size() <= addOn)) {
            String host = String.join(" ", tokens.subList(addOn + 1, tokens.size()));
            Match product = match(null, tokens.subList(0, addOn));
            return product.matched()
                    ? new Match(product.toolId(), normalised, Message.of("match.addOn", host, product.rule()))
                    : Match.none(normalised, Message.of("match.addOnUnknown", host));
        }
        if (hit == null) {
            String exact = catalog.toolNamed(normalised);
            if (exact == null && raw != null) {
                List<String> merchant = normaliser.withoutUnknownCity(raw);
                exact = merchant == null ? null : catalog.toolNamed(String.join(" ", merchant));
            }
            return exact == null ? Match.none(normalised, Message.of("match.noAlias"))
                    : new Match(exact, normalised, Message.of("match.toolName"));
        }
        if (hit.ambiguous()) {
            return Match.none(normalised, Message.of("match.ambiguous", hit.entry().value(), hit.rival().value()));
        }
        return new Match(hit.entry().value(), normalised, Message.of("match.alias", hit.entry().text()));
    }

    /**
     * A name guessed from a word cut short is no name when the line writes a company form right after that word
     * ({@code Solutions Inforive inc.} is not Inforiver): the network cuts the end of a line, not a word before "inc".
     */
    private AliasIndex.Hit<String> wholeBeforeCompanyForm(String raw, List<String> tokens, AliasIndex.Hit<String> hit) {
        if (raw == null || hit == null) {
            return hit;
        }
        List<String> alias = hit.entry().tokens();
        int last = hit.start() + alias.size() - 1;
        // a hit in the merchant's name without its city indexes the same words: the city only ends a line
        String word = last < tokens.size() ? tokens.get(last) : null;
        if (word == null || word.equals(alias.get(alias.size() - 1))) {
            return hit;
        }
        List<String> words = DescriptorNormaliser.words(raw);
        int at = words.lastIndexOf(word);
        return at >= 0 && at + 1 < words.size() && DescriptorNormaliser.legalSuffix(words.get(at + 1)) ? null : hit;
    }

    /**
     * An alias found only in a card line's city field ({@code GRAPHISOFT NORTH AMERICA NEWTON MA}: Newton is the city,
     * not a product whose domain is newton.ca) names nothing there, and a name cut short before the city is read as the
     * line's last word: the best alias in the merchant's name instead.
     */
    private AliasIndex.Hit<String> withinMerchantName(String raw, AliasIndex.Hit<String> hit) {
        if (raw == null || (hit != null && hit.start() == 0)) {
            return hit;         // a name that starts the line is the merchant's (the city leaves at least one word)
        }
        List<String> merchant = normaliser.withoutUnknownCity(raw);
        // the merchant's name, the city gone, may end with a word cut short: DASSAULT SYSTEMES SOLIDWO WALTHAM MA
        return merchant == null || (hit != null && hit.start() < merchant.size()) ? hit
                : catalog.toolAliases().find(merchant);
    }

    /**
     * Whether a SKU code is a word of another product's longer name found in the text ({@code EMS} in "FortiClient
     * EMS" is Fortinet's, not Microsoft's EMS): that name, not the code, says what the line is.
     */
    private boolean skuWithinOtherName(Map.Entry<String, String> sku, AliasIndex.Hit<String> hit, List<String> tokens) {
        if (hit == null || hit.ambiguous() || hit.entry().tokens().size() < 2
                || hit.entry().value().equals(sku.getValue())) {
            return false;
        }
        List<String> code = normaliser.tokens(sku.getKey());
        List<String> name = tokens.subList(hit.start(), hit.start() + hit.entry().tokens().size());
        return !code.isEmpty() && Collections.indexOfSubList(name, code) >= 0;
    }

    /** Resolves a license-register tool name or a usage app name (see {@link #resolveName(String, String)}). */
    public Match resolveName(String name) {
        return resolveName(name, null);
    }

    /**
     * Resolves a license-register tool name or a usage app name. A vendor hint is the vendor whose
     * console the name comes from ("Exchange" in a Microsoft 365 report is Microsoft's). A name the
     * catalog does not know still becomes a tool ({@code custom-<normalised-name>}), so its cost and
     * seats are not lost.
     */
    public Match resolveName(String name, String vendorHint) {
        if (vendorHint != null) {
            Match hinted = match(vendorHint + " " + name);
            if (hinted.matched() && vendorOf(hinted).equals(catalog.vendorNamed(vendorHint))) {
                return hinted;
            }
        }
        List<String> tokens = normaliser.tokens(name);
        Match match = match(name, tokens);
        if (!match.matched()) {
            match = vendorLevel(name, tokens, match, null, Set.of(), false);
        }
        if (match.matched()) {
            return match;
        }
        String slug = match.normalised().replace(' ', '-');
        if (slug.isEmpty() || slug.length() > MAX_SLUG) {
            slug = slug.substring(0, Math.min(slug.length(), MAX_SLUG - 13)) + "-" + Sha256.of(name).substring(0, 12);
        }
        return new Match(CUSTOM_PREFIX + slug, match.normalised(), Message.of("match.notInCatalog"));
    }

    /** Matches a billing line without knowing which tools the register or usage name. */
    public Match matchCharge(String vendorText, String description) {
        return matchCharge(vendorText, description, Set.of());
    }

    /**
     * Matches a billing line. The vendor text is the descriptor (the description stands in when it is
     * blank). Charges that are never software (advertising, marketplace purchases) match nothing. A
     * description naming another product of the same vendor wins (GitHub + "Copilot Business"); a
     * reseller's line (CDW, SHI) is matched by its description. A vendor-level descriptor that names
     * no product ({@code PAYPAL *ATLASSIAN}) resolves through the description; else to the vendor's
     * only tool; else to the only tool of that vendor the license register or the usage exports name;
     * else to the vendor-level entry ({@code vendor-atlassian}) — never to an arbitrary product. A
     * vendor line that names a product the catalog lacks (MICROSOFT*XBOX) matches nothing.
     *
     * @param namedTools tool ids the license register and the usage exports name
     */
    public Match matchCharge(String vendorText, String description, Set<String> namedTools) {
        return charge(vendorText, description, namedTools, false);
    }

    /**
     * Matches a line of a cloud billing export (FOCUS): the provider or publisher names the vendor and
     * the service is one of its services ("Microsoft" + "Virtual Machines" is Azure).
     */
    public Match matchCloudCharge(String provider, String service, Set<String> namedTools) {
        Match listed = cloudListing(provider, service);
        if (listed == null) {
            return charge(provider, service, namedTools, true);
        }
        // a marketplace listing of services ("Acumatica Cloud ERP Implementation Services") is no subscription either
        Match notSoftware = notSoftware(null, service);
        return notSoftware != null ? notSoftware : listed;
    }

    /** The product a cloud export's service names when it is a marketplace's or another publisher's, else null. */
    private Match cloudListing(String provider, String service) {
        if (service != null && !service.isBlank()) {
            List<String> tokens = normaliser.tokens(service);
            int marketplace = tokens.indexOf("marketplace");
            if (marketplace >= 0) {
                return marketplaceService(provider, tokens, marketplace);
            }
            AliasIndex.Hit<String> hit = catalog.toolAliases().find(tokens);
            String tool = hit != null && !hit.ambiguous() && hit.start() == 0 ? hit.entry().value()
                    : catalog.toolNamed(String.join(" ", tokens));
            if (tool == null && !tokens.isEmpty() && normaliser.tokens(provider).contains("marketplace")) {
                tool = catalog.toolNamed(tokens.get(0));    // a listing starts with its product's name: "Wiz Cloud Security"
            }
            Match byProvider = match(provider);
            if (tool != null && !catalog.vendorNamed(provider).equals(vendorOf(new Match(tool, "", Message.of("match.toolName"))))
                    && !tool.equals(byProvider.toolId())) {
                return new Match(tool, String.join(" ", tokens), Message.of("match.cloudMarketplace", tool));
            }
        }
        return null;
    }

    /**
     * A cloud marketplace purchase ("AWS Marketplace: Trend Vision One", "Azure Marketplace - Datadog"): the product
     * named after "marketplace", else the publisher's own tool; never the platform, and none when the catalog lacks it.
     */
    private Match marketplaceService(String publisher, List<String> tokens, int marketplace) {
        List<String> named = tokens.subList(marketplace + 1, tokens.size());
        String normalised = String.join(" ", tokens);
        AliasIndex.Hit<String> hit = catalog.toolAliases().find(named, id -> !cloudPlatform(id));
        String tool = hit != null && !hit.ambiguous() ? hit.entry().value() : catalog.toolNamed(String.join(" ", named));
        if (tool == null) {
            Match byPublisher = match(publisher);
            tool = byPublisher.matched() && !cloudPlatform(byPublisher.toolId()) ? byPublisher.toolId() : null;
        }
        return tool == null ? Match.none(normalised, Message.of("match.cloudMarketplaceUnknown", publisher))
                : new Match(tool, normalised, Message.of("match.cloudMarketplace", tool));
    }

    private Match charge(String vendorText, String description, Set<String> namedTools, boolean cloud) {
        // a licence's part number the catalog does not know (an admin export's MCOEV_FACULTY) names no vendor: its
        // display name says the product
        boolean hasVendor = vendorText != null && !vendorText.isBlank()
                && !BillingText.genericNames(normaliser.tokens(vendorText))
                && !(BillingText.partNumber(vendorText) && catalog.toolOfSku(vendorText) == null);
        String descriptor = hasVendor ? vendorText : description;
        String detail = hasVendor && description != null && !description.isBlank() ? description : null;
        Match notSoftware = notSoftware(descriptor, detail);
        if (notSoftware != null) {
            return notSoftware;
        }
        List<String> tokens = normaliser.tokens(descriptor);
        Match service = cloudService(tokens, detail);
        if (service != null) {
            return service;
        }
        Match found = chargeByName(descriptor, tokens, detail, namedTools, cloud);
        // a description that names the same product is an app label's own evidence: "Bluebeam Studio" + "Bluebeam" is
        // not a studio, nor is an app label's instance after a dash ("Curve Hero - Dentaire" + "SAML 2.0"); a merchant
        // with its place ("SNOWFLAKE BAKERY HALIFAX NS") is still the business it says
        boolean appLabel = found.matched() && !DescriptorNormaliser.endsWithPlace(descriptor)
                && (describesSameTool(found, detail) || (detail != null && instanceAfterDash(found, descriptor)));
        if (found.matched() && !found.rule().key().equals("match.sku") && !appLabel) {
            Optional<String> business = LookAlikes.businessWord(tokens, descriptor, toolWords(found.toolId()));
            if (business.isPresent()) {
                return Match.none(found.normalised(), Message.of("match.businessWord", business.get()));
            }
            List<String> others = wordNameAmongOtherWords(found, tokens, descriptor, detail);
            if (!others.isEmpty()) {
                return Match.none(found.normalised(), Message.of("match.wordName", found.rule().args().get(0),
                        String.join(" ", others)));
            }
        }
        return found;
    }

    /**
     * A marketplace listing's name, the app then what it does ("Coefficient: Salesforce, HubSpot Data Connector"):
     * the app named before the colon, or null when the text is not so written or names nothing there.
     */
    private Match appListing(String descriptor) {
        int colon = descriptor == null ? -1 : descriptor.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        List<String> app = normaliser.tokens(descriptor.substring(0, colon));
        if (app.isEmpty() || app.contains("marketplace")) {
            return null;
        }
        Match named = match(descriptor.substring(0, colon), app);
        return named.matched() ? named : null;
    }

    /** The description is exactly the found tool's name or one of its aliases ("Bluebeam", "Jira Cloud"). */
    private boolean describesSameTool(Match found, String detail) {
        return detail != null && found.toolId().equals(toolNamedExactly(normaliser.tokens(detail)));
    }

    private String toolNamedExactly(List<String> name) {
        if (name.isEmpty()) {
            return null;
        }
        AliasIndex.Hit<String> whole = catalog.toolAliases().find(name);
        return whole != null && !whole.ambiguous() && whole.start() == 0
                && whole.entry().tokens().size() == name.size() ? whole.entry().value()
                : catalog.toolNamed(String.join(" ", name));
    }

    /**
     * A line with a description (an Okta app, a spend-platform memo, an invoice) that names the same product, or an app
     * label naming one instance of the tool ("Veracross - Faculty Portal"): the other words name no other business.
     */
    private boolean instanceLabel(Match found, String descriptor, String detail) {
        if (detail == null) {
            return false;
        }
        return found.toolId().equals(match(detail).toolId()) || instanceAfterDash(found, descriptor);
    }

    /** Whether the descriptor is the found alias, a dash, then an instance's name ("Veracross - Faculty Portal"). */
    private boolean instanceAfterDash(Match found, String descriptor) {
        int dash = descriptor.indexOf(" - ");
        return dash > 0 && normaliser.tokens(descriptor.substring(0, dash)).equals(aliasFoundBy(found));
    }

    /**
     * A one-word name beside words of a merchant's name that neither the product, billing, edition words, a code nor
     * the city explain — one when the name is a common word ({@code LOOM & SPINDLE}), two otherwise ({@code FIGMA
     * FLORAL DESIGN}): those words, the name of another business; empty when the line is the product's, or says
     * software (a web address, software words) or its description names the same product.
     */
    private List<String> wordNameAmongOtherWords(Match found, List<String> tokens, String descriptor, String detail) {
        List<String> alias = aliasFoundBy(found);
        if (alias.size() != 1 || LookAlikes.softwareEvidence(tokens, descriptor) || instanceLabel(found, descriptor, detail)) {
            return List.of();
        }
        Set<String> own = toolWords(found.toolId());
        String vendor = vendorOf(found);
        // the city of a card line, "OCTOPUSAPP INC DBA JOBBER"'s legal name before "doing business as" and an add-on's
        // host ("Canva for Google Slides") say nothing of the business
        List<String> merchant = normaliser.withoutUnknownCity(descriptor, true);
        List<String> name = merchant == null ? tokens : merchant;
        name = name.contains("dba") ? name.subList(name.lastIndexOf("dba") + 1, name.size()) : name;
        int addOn = BillingText.addOnAt(name);
        name = addOn > 0 ? name.subList(0, addOn) : name;
        return LookAlikes.otherBusinessWords(alias.get(0), name, word -> own.contains(word)
                || BillingText.billingWord(word) || BillingText.editionWord(word) || sameVendor(word, vendor));
    }

    private Match chargeByName(String descriptor, List<String> tokens, String detail, Set<String> namedTools,
                               boolean cloud) {
        Match listing = appListing(descriptor);
        if (listing != null) {
            return listing;
        }
        Match primary = companyNameAroundProduct(match(descriptor, tokens), tokens);
        if (!primary.matched() && detail != null && catalog.resellerAliases().find(tokens) != null) {
            Match product = match(detail);
            if (product.matched()) {
                return new Match(product.toolId(), primary.normalised(),
                        Message.of("match.resellerProduct", product.rule()));
            }
        }
        if (primary.matched()) {
            // a SKU code names its product exactly; a description's words only add to a name
            boolean bySku = primary.rule().key().equals("match.sku");
            Match product = detail == null || bySku || namesSuite(primary) ? null
                    : productFromDescription(vendorOf(primary), detail, primary.toolId());
            if (product != null) {
                return new Match(product.toolId(), primary.normalised(),
                        Message.of("match.descriptionProduct", product.rule()));
            }
            Match app = detail == null ? null : appSoldByPlatform(vendorOf(primary), detail);
            return app != null ? app : primary;
        }
        Match named = detail == null || primary.matched() ? null : describedByName(tokens, detail);
        if (named != null) {
            return named;
        }
        Match vendor = vendorLevel(descriptor, tokens, primary, detail, namedTools, cloud);
        if (!vendor.matched() && !cloud && detail != null
                && wholeBeforeCompanyForm(descriptor, tokens, catalog.vendorAliases().find(tokens)) == null
                && LookAlikes.businessWord(tokens, descriptor, Set.of()).isEmpty()
                && BillingText.licenceLine(normaliser.tokens(detail), detail)) {
            Match product = match(detail);
            if (!product.matched()) {
                // a one-word product name starting the line: "Eaglesoft Software Support - annual renewal"
                List<String> words = normaliser.tokens(detail);
                String first = words.isEmpty() ? null : catalog.toolNamed(words.get(0));
                product = first == null ? product : new Match(first, String.join(" ", words), Message.of("match.toolName"));
            }
            if (product.matched()) {
                return new Match(product.toolId(), primary.normalised(),
                        Message.of("match.unlistedResellerProduct", product.rule()));
            }
        }
        return vendor;
    }

    /**
     * A line whose description is exactly a tool's name or alias, and whose descriptor holds that tool's name or an alias
     * ({@code Snowflake - Analytics} + "Snowflake", {@code Jira - Studio Aurore} + "Jira Cloud", as an Okta app label
     * and its app): that tool; null otherwise.
     */
    private Match describedByName(List<String> tokens, String detail) {
        List<String> name = normaliser.tokens(detail);
        String tool = toolNamedExactly(name);
        if (tool == null) {
            return null;
        }
        // the label holds the tool's name or one of its aliases: "Jira - Studio Aurore" + "Jira Cloud"
        String word = catalog.toolNamedWord(tool);
        // or is the start of its name: "Sigma" + "Sigma Computing"
        boolean shortened = !tokens.isEmpty() && name.size() > tokens.size()
                && DescriptorNormaliser.startsWith(name, tokens);
        boolean held = shortened || Collections.indexOfSubList(tokens, name) >= 0
                || catalog.toolAliases().find(tokens, tool::equals) != null || (word != null && tokens.contains(word));
        return held ? new Match(tool, String.join(" ", tokens), Message.of("match.toolName")) : null;
    }

    /**
     * A product's alias inside a longer name of its own vendor, when that vendor sells several products ({@code LEXIS
     * NEXIS}: Lexis+ is "lexis+", the company "lexis nexis"), is the company's name: no match, so the line is read as
     * the vendor's.
     */
    private Match companyNameAroundProduct(Match primary, List<String> tokens) {
        if (!primary.matched() || !primary.rule().key().equals("match.alias")) {
            return primary;
        }
        AliasIndex.Hit<String> company = catalog.vendorAliases().find(tokens);
        AliasIndex.Hit<String> product = catalog.toolAliases().find(tokens);
        if (company == null || company.ambiguous() || product == null
                || !company.entry().value().equals(vendorOf(primary))
                || catalog.toolsOfVendor(company.entry().value()).size() < 2) {
            return primary;
        }
        int companyEnd = company.start() + company.entry().tokens().size();
        int productEnd = product.start() + product.entry().tokens().size();
        boolean around = company.entry().tokens().size() > product.entry().tokens().size()
                && company.start() <= product.start() && companyEnd >= productEnd;
        return around ? Match.none(primary.normalised(), Message.of("match.noAlias")) : primary;
    }

    /**
     * Whether the descriptor named a suite ("Microsoft 365 Business Premium", "Google Workspace Business Starter") by
     * more words than its vendor's name: a description naming another product of the vendor (an admin export's
     * service plan "INTUNE_A", "SharePoint (Plan 1)") says what the suite includes, and the line is still the suite.
     */
    private boolean namesSuite(Match primary) {
        return inCategory(primary.toolId(), Set.of(SUITE_CATEGORY))
                && aliasFoundBy(primary).size() > normaliser.tokens(vendorOf(primary)).size();
    }

    /** Each tool's words, computed once: a line's look-alike rules ask for them several times. */
    private final Map<String, Set<String>> toolWords = new ConcurrentHashMap<>();

    /** Every word of a tool's (or a vendor-level entry's) name and aliases. */
    private Set<String> toolWords(String toolId) {
        return toolWords.computeIfAbsent(toolId, this::wordsOfTool);
    }

    private Set<String> wordsOfTool(String toolId) {
        Set<String> words = new HashSet<>();
        catalog.tool(toolId).ifPresent(tool -> {
            words.addAll(DescriptorNormaliser.words(tool.name()));
            words.addAll(DescriptorNormaliser.words(tool.vendor()));
            tool.aliases().forEach(alias -> words.addAll(DescriptorNormaliser.words(alias)));
        });
        return Set.copyOf(words);
    }

    /**
     * A line of a cloud provider's cost export written as one text: the provider's platform and a service
     * ({@code AWS Amazon Elastic Compute Cloud}, {@code Google Cloud Vertex AI}, {@code Microsoft} + "Azure
     * Marketplace - NetApp"). A marketplace line is the product it names (none when the catalog lacks it); any other
     * is the provider's platform, or another product of the provider the service names ({@code Microsoft Azure
     * DevOps}). Null when the line is not such a line.
     */
    private Match cloudService(List<String> tokens, String description) {
        List<String> detail = description == null ? List.of() : normaliser.tokens(description);
        boolean marketplace = tokens.contains("marketplace") || detail.contains("marketplace");
        AliasIndex.Hit<String> platform = catalog.toolAliases().find(tokens, this::cloudPlatform);
        if (platform != null && !platform.ambiguous() && platform.start() > 0) {
            // "Google Cloud Vertex AI": the platform's name first, then one of its services' names
            AliasIndex.Hit<String> first = catalog.toolAliases().find(tokens.subList(0, platform.start()), this::cloudPlatform);
            platform = first != null && first.start() == 0 && first.entry().value().equals(platform.entry().value())
                    ? first : platform;
        }
        int rest;
        if (platform != null && !platform.ambiguous() && platform.start() == 0) {
            rest = platform.entry().tokens().size();
        } else if (marketplace) {
            platform = catalog.toolAliases().find(detail, this::cloudPlatform);
            if (platform == null || platform.ambiguous() || platform.start() != 0
                    || !detail.subList(platform.entry().tokens().size(), detail.size()).contains("marketplace")) {
                return null;
            }
            String vendor = vendorOf(new Match(platform.entry().value(), "", Message.of("match.toolName")));
            AliasIndex.Hit<String> named = catalog.vendorAliases().find(tokens);
            if (named == null || named.ambiguous() || named.start() != 0 || !named.entry().value().equals(vendor)) {
                return null;
            }
            rest = named.entry().tokens().size();
        } else {
            return null;
        }
        String platformId = platform.entry().value();
        String vendor = catalog.tool(platformId).map(Tool::vendor).orElse("");
        String normalised = String.join(" ", tokens);
        if (marketplace) {
            List<String> service = new ArrayList<>(tokens.subList(rest, tokens.size()));
            service.removeIf(word -> word.equals("marketplace"));
            if (service.isEmpty()) {
                service.addAll(detail);     // "AWS Marketplace" + "Datadog via marketplace": the description names it
                service.removeIf(word -> word.equals("marketplace"));
            }
            AliasIndex.Hit<String> product = catalog.toolAliases().find(service, id -> !cloudPlatform(id));
            String tool = product != null && !product.ambiguous() ? product.entry().value()
                    : catalog.toolNamed(String.join(" ", service));
            return tool == null ? Match.none(normalised, Message.of("match.cloudMarketplaceUnknown", vendor))
                    : new Match(tool, normalised, Message.of("match.cloudMarketplace", tool));
        }
        AliasIndex.Hit<String> own = catalog.toolAliases().find(tokens, id -> !cloudPlatform(id)
                && catalog.tool(id).map(Tool::vendor).filter(vendor::equals).isPresent());
        if (own != null && !own.ambiguous() && own.start() + own.entry().tokens().size() > rest) {
            return new Match(own.entry().value(), normalised, Message.of("match.alias", own.entry().text()));
        }
        // the provider's invoice ("Google Cloud Canada Corporation") names no service: its description may name the product
        boolean namesService = tokens.subList(rest, tokens.size()).stream().anyMatch(word -> !BillingText.billingWord(word));
        Match described = description == null || namesService ? null
                : productFromDescription(vendor, description, platformId);
        if (described != null) {
            return new Match(described.toolId(), normalised, Message.of("match.descriptionProduct", described.rule()));
        }
        return new Match(platformId, normalised, Message.of("match.cloudPlatform", vendor));
    }

    private static final String SUITE_CATEGORY = "productivity-suite";

    /**
     * The charge the catalog's not-software patterns name (advertising, training, hardware…), else null; a pattern
     * found only in the description leaves a tool whose own job its words name ({@code Gorgias} + "2,000 billable
     * tickets" is the help desk).
     */
    private Match notSoftware(String descriptor, String detail) {
        for (Catalog.Exclusion exclusion : catalog.exclusions()) {
            boolean inDescriptor = descriptor != null && exclusion.pattern().matcher(descriptor).find();
            boolean inDetail = !inDescriptor && detail != null && exclusion.pattern().matcher(detail).find();
            if (inDescriptor || (inDetail && !toolsOwnJob(descriptor, exclusion))) {
                return Match.none(exclusion.label(), Message.of("match.notSoftware",
                        Message.of("notSoftware." + exclusion.reason().replace(' ', '-'))));
            }
        }
        return null;
    }

    private boolean toolsOwnJob(String descriptor, Catalog.Exclusion exclusion) {
        if (descriptor == null || exclusion.unlessCategories().isEmpty()) {
            return false;
        }
        Match named = match(descriptor);
        return named.matched() && inCategory(named.toolId(), exclusion.unlessCategories());
    }

    private boolean cloudPlatform(String toolId) {
        return inCategory(toolId, Set.of(CLOUD_CATEGORY));
    }

    private boolean inCategory(String toolId, Set<String> categories) {
        return catalog.tool(toolId).map(Tool::categoryId).filter(categories::contains).isPresent();
    }

    /** The words of the alias a match was found by; none when another rule found it. */
    private List<String> aliasFoundBy(Match match) {
        return match.matched() && match.rule().key().equals("match.alias")
                ? normaliser.tokens(String.valueOf(match.rule().args().get(0))) : List.of();
    }

    private Match vendorLevel(String raw, List<String> tokens, Match primary, String description,
                              Set<String> namedTools, boolean cloud) {
        AliasIndex.Hit<String> vendorHit = wholeBeforeCompanyForm(raw, tokens, catalog.vendorAliases().find(tokens));
        if (vendorHit == null || vendorHit.ambiguous()) {
            return primary;
        }
        String vendor = vendorHit.entry().value();
        if (description != null) {
            Match product = productFromDescription(vendor, description, null);
            if (product != null) {
                return new Match(product.toolId(), primary.normalised(),
                        Message.of("match.vendorProduct", vendor, product.rule()));
            }
            Match app = appSoldByPlatform(vendor, description);
            if (app != null) {
                return app;
            }
        }
        List<Tool> products = catalog.toolsOfVendor(vendor);
        if (products.isEmpty()) {
            return primary;
        }
        if (cloud) {
            List<String> platforms = products.stream().filter(t -> t.categoryId().equals(CLOUD_CATEGORY)).map(Tool::id).toList();
            if (platforms.size() == 1) {
                return new Match(platforms.get(0), primary.normalised(), Message.of("match.cloudPlatform", vendor));
            }
        } else {
            // words beside the vendor's name that neither a billing word nor the line's city explains name something
            // else: a product the catalog lacks (MICROSOFT*XBOX), or a business named like the vendor (DOODLE KIDS ART
            // CAMP); a one-product vendor's invoice line may describe that product in words of its own
            String words = products.size() == 1 ? null : description;
            List<String> unknown = unexplainedWords(tokens, vendorHit.entry().tokens(), vendor, words);
            List<String> merchant = unknown.isEmpty() || raw == null ? null : normaliser.withoutUnknownCity(raw, true);
            if (merchant != null) {
                // the vendor's name, the city gone, may end cut short: THOMSON REUTERS TAX & ACCO CARROLLTON TX
                AliasIndex.Hit<String> inMerchant = catalog.vendorAliases().find(merchant);
                List<String> name = inMerchant != null && !inMerchant.ambiguous() && inMerchant.entry().value().equals(vendor)
                        ? merchant.subList(inMerchant.start(), inMerchant.start() + inMerchant.entry().tokens().size())
                        : vendorHit.entry().tokens();
                unknown = unexplainedWords(merchant, name, vendor, words);
            }
            Match oneWordProduct = unknown.size() == 1 ? vendorsProductNamed(vendor, unknown.get(0), null,
                    primary.normalised()) : null;
            if (oneWordProduct != null) {
                return oneWordProduct;
            }
            if (!unknown.isEmpty()) {
                return Match.none(primary.normalised(),
                        Message.of("match.unknownProduct", vendor, String.join(" ", unknown)));
            }
        }
        if (products.size() == 1) {
            return new Match(products.get(0).id(), primary.normalised(), Message.of("match.vendorOneTool", vendor));
        }
        List<String> named = products.stream().map(Tool::id).filter(namedTools::contains).toList();
        if (named.size() == 1) {
            return new Match(named.get(0), primary.normalised(), Message.of("match.vendorNamedTool", vendor));
        }
        return new Match(catalog.vendorEntry(vendor).id(), primary.normalised(),
                Message.of("match.vendorLevel", vendor, (long) products.size()));
    }

    /**
     * The vendor's one product, other than {@code already}, whose one-word name is the word (HOVER/TUCOWS DOMAINS,
     * "Hover - domain renewal"), or null.
     */
    private Match vendorsProductNamed(String vendor, String word, String already, String normalised) {
        List<String> named = catalog.toolsOfVendor(vendor).stream().map(Tool::id)
                .filter(id -> !id.equals(already) && word.equals(catalog.toolNamedWord(id))).toList();
        return named.size() == 1 ? new Match(named.get(0), normalised, Message.of("match.toolName")) : null;
    }

    /**
     * A product of the vendor that the description names, read after the vendor's name ("GitHub" +
     * "Copilot Business" is GitHub Copilot); only the vendor's own tools are considered; null when it
     * names none other than {@code already}.
     */
    private Match productFromDescription(String vendor, String description, String already) {
        List<String> tokens = normaliser.tokens(vendor + " " + description);
        int addOn = BillingText.addOnAt(tokens);
        if (addOn > 0) {
            tokens = tokens.subList(0, addOn);     // "Power Automate for Office 365": the product is before "for"
        }
        int vendorWords = normaliser.tokens(vendor).size();
        if (already != null) {
            AliasIndex.Hit<String> same = catalog.toolAliases().find(tokens, id -> catalog.tool(id).map(Tool::vendor)
                    .filter(vendor::equals).isPresent());
            if (same != null && !same.ambiguous() && same.entry().value().equals(already)
                    && same.start() + same.entry().tokens().size() > vendorWords) {
                return null;        // the description names the descriptor's product itself
            }
        }
        Map.Entry<String, String> sku = catalog.toolOfSku(description);
        if (sku != null && !sku.getValue().equals(already)
                && catalog.tool(sku.getValue()).map(Tool::vendor).filter(vendor::equals).isPresent()) {
            return new Match(sku.getValue(), String.join(" ", tokens), Message.of("match.sku", sku.getKey()));
        }
        Predicate<String> vendorsOwn = id -> catalog.tool(id).map(Tool::vendor).filter(vendor::equals).isPresent();
        AliasIndex.Hit<String> hit = catalog.toolAliases().find(tokens, id -> !id.equals(already) && vendorsOwn.test(id));
        List<String> described = tokens.subList(Math.min(vendorWords, tokens.size()), tokens.size());
        if (hit == null || hit.ambiguous() || hit.start() + hit.entry().tokens().size() <= vendorWords) {
            // a one-word product name that starts the line ("Hover - domain renewal") names that product of the vendor
            String firstWord = described.isEmpty() ? "" : described.get(0);
            return vendorsProductNamed(vendor, firstWord, already, String.join(" ", tokens)); // or only the vendor's name
        }
        String first = hit.entry().value();
        AliasIndex.Hit<String> second = catalog.toolAliases().find(tokens, id -> !id.equals(first) && vendorsOwn.test(id));
        boolean apart = second != null && (second.start() >= hit.start() + hit.entry().tokens().size()
                || second.start() + second.entry().tokens().size() <= hit.start());
        if (apart && !second.ambiguous() && second.start() + second.entry().tokens().size() > vendorWords
                && BillingText.severalProducts(description)
                && catalog.toolsOfVendor(vendor).size() > 1) {
            // "Basecamp + HEY", "Jira + Confluence Standard": one line for several products is the vendor's
            return new Match(catalog.vendorEntry(vendor).id(), String.join(" ", tokens),
                    Message.of("match.severalProducts", vendor));
        }
        return new Match(first, String.join(" ", tokens), Message.of("match.alias", hit.entry().text()));
    }

    /**
     * Another vendor's app a platform (a vendor of a suite others sell add-ons for) bills on its own invoice —
     * Shopify's "App charges: Klaviyo: Email Marketing", Atlassian's "Tempo Timesheets for Jira (Cloud) - Marketplace
     * app": that app; else a product it resells ({@link #resoldProduct}); null when the line is neither.
     */
    private Match appSoldByPlatform(String vendor, String description) {
        String app = BillingText.appCharged(description);
        if (app == null) {
            List<String> tokens = normaliser.tokens(description);
            if (!tokens.contains("marketplace") && BillingText.addOnAt(tokens) < 0) {
                return resoldProduct(vendor, description, tokens);
            }
            app = description;
        }
        Match named = appNamed(app);
        boolean platform = catalog.toolsOfVendor(vendor).stream().anyMatch(tool -> addOnHost(tool.id()));
        return platform && named.matched() && !vendor.equals(vendorOf(named)) && !addOnHost(named.toolId())
                ? new Match(named.toolId(), named.normalised(), Message.of("match.platformApp", vendor, named.rule()))
                : null;
    }

    /**
     * The app a platform's charge names, its listing's title starting with the app's name, an alias or its one-product
     * company's name ("Judge.me Product Reviews — Awesome plan", "Searchanise Search & Filter"): the title's other
     * words describe the app.
     */
    private Match appNamed(String app) {
        List<String> tokens = normaliser.tokens(app);
        for (int words = tokens.size(); words > 0; words--) {
            AliasIndex.Hit<String> hit = catalog.toolAliases().find(tokens.subList(0, words));
            if (hit != null && !hit.ambiguous() && hit.start() == 0) {
                return new Match(hit.entry().value(), String.join(" ", tokens), Message.of("match.alias", hit.entry().text()));
            }
        }
        String first = tokens.isEmpty() ? null : catalog.toolNamed(tokens.get(0));
        if (first != null) {
            return new Match(first, String.join(" ", tokens), Message.of("match.toolName"));
        }
        AliasIndex.Hit<String> company = catalog.vendorAliases().find(tokens);
        List<Tool> products = company == null || company.ambiguous() || company.start() != 0 ? List.of()
                : catalog.toolsOfVendor(company.entry().value());
        return products.size() == 1 ? new Match(products.get(0).id(), String.join(" ", tokens),
                Message.of("match.vendorOneTool", company.entry().value())) : match(app);
    }

    /**
     * Another vendor's product that a vendor's licence line starts with (after its licence words), its maker named
     * too — a product it resells (GoDaddy's "Microsoft 365 Email Essentials from GoDaddy - 5 mailboxes"): that
     * product; null otherwise. Only a licence line naming the maker, so that a memo or a plan named like another tool
     * ("Advanced plan") names nothing.
     */
    private Match resoldProduct(String vendor, String description, List<String> tokens) {
        if (tokens.isEmpty() || !BillingText.licenceLine(tokens, description)) {
            return null;
        }
        AliasIndex.Hit<String> hit = catalog.toolAliases().find(tokens);
        AliasIndex.Hit<String> maker = catalog.vendorAliases().find(tokens);
        int lead = BillingText.leadingLicenceWords(tokens);
        // after licence words, only a product of several words that start with its maker's: "Licences Microsoft 365"
        if (hit == null || hit.ambiguous() || hit.start() != lead || maker == null || maker.ambiguous()
                || (lead > 0 && (maker.start() != lead || hit.entry().tokens().size() < 2))) {
            return null;
        }
        Match named = new Match(hit.entry().value(), String.join(" ", tokens),
                Message.of("match.alias", hit.entry().text()));
        String makerName = maker.entry().value();
        return vendor.equals(vendorOf(named)) || !makerName.equals(vendorOf(named)) ? null
                : new Match(named.toolId(), named.normalised(), Message.of("match.resoldProduct", vendor, named.rule()));
    }

    /** Whether the tool is a suite other vendors sell add-ons for (its name or an alias is one {@link BillingText#addOnHost}). */
    private boolean addOnHost(String toolId) {
        return catalog.tool(toolId).filter(tool -> BillingText.addOnHost(normaliser.tokens(tool.name()))
                || tool.aliases().stream().anyMatch(alias -> BillingText.addOnHost(normaliser.tokens(alias)))).isPresent();
    }

    /** The words of a vendor-level line besides the vendor's name and billing words: they name a product. */
    private List<String> unexplainedWords(List<String> tokens, List<String> vendorTokens, String vendor,
                                          String description) {
        List<String> words = new ArrayList<>(tokens);
        for (int at; (at = Collections.indexOfSubList(words, vendorTokens)) >= 0; ) {
            words.subList(at, at + vendorTokens.size()).clear();
        }
        if (description != null) {
            words.addAll(normaliser.tokens(description));
        }
        // a word of a one-product vendor's product name is that product (ARCHON SYSTEMS INFLOW is inFlow Inventory)
        List<Tool> products = catalog.toolsOfVendor(vendor);
        Set<String> productWords = products.size() == 1 ? toolWords(products.get(0).id()) : Set.of();
        // the merchant field's last word may be a company word cut short: COVETRUS SOFTWARE SERVI, IDEXX LABORATORIES CANA
        String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
        words.removeIf(word -> BillingText.billingWord(word) || BillingText.editionWord(word)
                || word.chars().allMatch(Character::isDigit)
                || sameVendor(word, vendor) || productWords.contains(word)
                || (word.equals(last) && BillingText.cutBillingWord(word)));
        return words;
    }

    /** Whether the word is on its own another name of the vendor ("GSOFT" beside "WORKLEAP"). */
    private boolean sameVendor(String word, String vendor) {
        AliasIndex.Hit<String> hit = catalog.vendorAliases().find(List.of(word));
        return hit != null && !hit.ambiguous() && hit.entry().value().equals(vendor);
    }

    private String vendorOf(Match match) {
        return match == null || !match.matched() ? "" : catalog.tool(match.toolId()).map(Tool::vendor).orElse("");
    }
}
