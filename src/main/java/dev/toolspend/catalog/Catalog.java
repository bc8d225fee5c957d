package dev.toolspend.catalog;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import dev.toolspend.ingest.table.CsvFiles;
import dev.toolspend.ingest.table.Sha256;
import dev.toolspend.model.Category;
import dev.toolspend.model.DataNote;
import dev.toolspend.model.Message;
import dev.toolspend.model.Tool;
import dev.toolspend.model.ToolDirectory;
import dev.toolspend.model.UserCatalogEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The tools the project knows: categories, tools with their aliases, software vendors (for
 * descriptors that name a vendor but no product) and charges that are not software. Loaded from the
 * CSV files under {@code src/main/resources/catalog/}, then overridden by the user's own catalog.
 */
public final class Catalog {

    public static final String UNCATEGORISED = "uncategorised";

    /**
     * A pattern of charges that are never a software subscription. {@code unlessCategories}: tool categories whose own
     * job the pattern's words also name when only a line's description holds them (a help desk's "tickets", a booking
     * engine's "transaction fees"): a line whose descriptor names such a tool is that tool.
     */
    record Exclusion(String label, Pattern pattern, String reason, Set<String> unlessCategories) {
    }

    /** The raw inputs of a catalog, kept so that a user catalog can be laid over the shipped one. */
    private record Sources(String categoriesCsv, String toolsCsv, String vendorsCsv, String exclusionsCsv,
                           String resellersCsv, List<UserCatalogEntry> userEntries) {
    }

    private final Sources sources;
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, Tool> tools = new LinkedHashMap<>();
    private final Map<String, Tool> vendorEntries = new LinkedHashMap<>();
    private final Map<String, List<Tool>> toolsByVendor = new HashMap<>();
    /** Products follow their vendor's name ("intuit qbooks time"): the later of two equal aliases wins. */
    private final AliasIndex<String> toolAliases = new AliasIndex<>(true);
    /** Vendors lead ("ManageEngine (Zoho Corporation)"): the earlier of two equal aliases wins. */
    private final AliasIndex<String> vendorAliases = new AliasIndex<>(false);
    private final AliasIndex<String> resellerAliases = new AliasIndex<>(false);
    /** One-word display names ("Box", "Linear"): matched only as a whole name, never inside a descriptor. */
    private final Map<String, String> exactNames = new HashMap<>();
    /** License SKU and part codes, lower case ("spe_e3"): matched only as a whole token of the raw text. */
    private final Map<String, String> skus = new HashMap<>();
    /** Splits a raw text into the tokens a SKU code may be: anything between spaces and punctuation other than _ - + . */
    private static final Pattern SKU_SEPARATORS = Pattern.compile("[\\s,;:()\\[\\]{}|\"'/*#]+");
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final DescriptorNormaliser normaliser;
    private final List<String> problems = new ArrayList<>();
    private final List<DataNote> userNotes = new ArrayList<>();
    private final String fingerprint;

    /** How many tools each vendor sells, known before any tool's names are indexed. */
    private final Map<String, Integer> toolCountByVendor = new HashMap<>();

    private Catalog(Sources sources) {
        this.sources = sources;
        List<Map<String, String>> toolRows = rows(sources.toolsCsv);
        Set<String> words = vocabulary(toolRows);
        sources.userEntries.forEach(e -> e.aliases().forEach(a -> words.addAll(DescriptorNormaliser.words(a))));
        normaliser = new DescriptorNormaliser(words);
        rows(sources.categoriesCsv).forEach(this::addCategory);

        Map<String, Tool> drafts = new LinkedHashMap<>();
        toolRows.forEach(row -> draftTool(row, drafts));
        Set<List<String>> userAliases = new HashSet<>();
        sources.userEntries.forEach(entry -> applyUserEntry(entry, drafts, userAliases));
        // the user's aliases are indexed first, so they win over any shipped tool's
        sources.userEntries.forEach(entry -> entry.aliases().forEach(alias ->
                toolAliases.add(normaliser.tokens(alias), alias, entry.id())));
        Map<List<String>, Set<Tool>> legalNameOwners = new HashMap<>();
        drafts.values().forEach(tool -> tool.legalNames().forEach(legal -> legalNameOwners
                .computeIfAbsent(normaliser.tokens(legal), k -> new LinkedHashSet<>()).add(tool)));
        drafts.values().forEach(tool -> toolCountByVendor.merge(tool.vendor(), 1, Integer::sum));
        drafts.values().forEach(tool -> addTool(tool, userAliases, legalNameOwners));

        rows(sources.vendorsCsv).forEach(this::addVendor);
        tools.values().forEach(tool -> addVendorAlias(tool.vendor(), tool.vendor()));
        // last, so a name written as one word elsewhere keeps its own tool
        drafts.values().forEach(this::addSqueezedNames);
        toolsByVendor.forEach((vendor, products) -> {
            if (products.size() > 1) {
                Tool entry = vendorEntry(vendor);
                vendorEntries.put(entry.id(), entry);
            }
        });
        rows(sources.exclusionsCsv).forEach(row -> exclusions.add(new Exclusion(row.get("label"),
                Pattern.compile(row.get("pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), row.get("reason"),
                Set.copyOf(split(row.get("unless_category"))))));
        exclusions.forEach(exclusion -> exclusion.unlessCategories().stream().filter(id -> !categories.containsKey(id))
                .forEach(id -> problems.add("not-software pattern " + exclusion.label() + ": unknown category '" + id + "'")));
        rows(sources.resellersCsv).forEach(row -> split(row.get("aliases"))
                .forEach(alias -> resellerAliases.add(normaliser.tokens(alias), alias, row.get("reseller"))));
        fingerprint = Sha256.of(String.join("\u0000", sources.categoriesCsv, sources.toolsCsv, sources.vendorsCsv,
                sources.exclusionsCsv, sources.resellersCsv,
                sources.userEntries.stream().map(UserCatalogEntry::toString).toList().toString()));
    }

    /**
     * The catalog shipped with the program, built once per process: it never changes once built, and building its
     * thousands of tools takes a noticeable part of a small run.
     */
    public static Catalog shipped() {
        return Shipped.CATALOG;
    }

    /** Holds the shipped catalog, built the first time it is asked for. */
    private static final class Shipped {
        static final Catalog CATALOG = new Catalog(new Sources(resource("catalog/categories.csv"),
                resource("catalog/tools.csv"), resource("catalog/vendors.csv"), resource("catalog/not-software.csv"),
                resource("catalog/resellers.csv"), List.of()));
    }

    /** A catalog from CSV texts with the shipped layouts (for tests). */
    public static Catalog of(String categoriesCsv, String toolsCsv, String vendorsCsv) {
        return new Catalog(new Sources(categoriesCsv, toolsCsv, vendorsCsv, "label,pattern,reason\n",
                "reseller,aliases\n", List.of()));
    }

    /**
     * This catalog with the user's entries laid over it: they add tools, add aliases (which then win
     * over any shipped tool's), recategorise, or keep a tool out of overlaps.
     */
    public Catalog withUserEntries(List<UserCatalogEntry> entries) {
        if (entries.isEmpty()) {
            return this;
        }
        List<UserCatalogEntry> all = new ArrayList<>(sources.userEntries);
        all.addAll(entries);
        return new Catalog(new Sources(sources.categoriesCsv, sources.toolsCsv, sources.vendorsCsv,
                sources.exclusionsCsv, sources.resellersCsv, all));
    }

    /**
     * The catalog as the analysis sees it, plus the tools the inputs named that it does not know.
     *
     * @param customNames display name of each {@code custom-…} tool id, as the inputs wrote it
     */
    public ToolDirectory directory(Map<String, String> customNames) {
        Map<String, String> names = Map.copyOf(customNames);
        return new ToolDirectory() {
            @Override
            public Tool tool(String id) {
                return Catalog.this.tool(id).orElseGet(() -> new Tool(id, names.getOrDefault(id, id), null,
                        UNCATEGORISED, List.of(), List.of(), List.of(), "", null, null, null, true));
            }

            @Override
            public Category category(String id) {
                return categories.getOrDefault(id, categories.get(UNCATEGORISED));
            }

            @Override
            public Optional<Category> categoryNamed(String name) {
                return Catalog.this.categoryNamed(name);
            }

            @Override
            public boolean custom(String id) {
                return Catalog.this.tool(id).isEmpty();
            }
        };
    }

    public ToolMatcher matcher() {
        return new ToolMatcher(this, normaliser);
    }

    public DescriptorNormaliser normaliser() {
        return normaliser;
    }

    /** A tool, or a vendor-level entry ({@code vendor-atlassian}). */
    public Optional<Tool> tool(String id) {
        Tool tool = tools.get(id);
        return Optional.ofNullable(tool != null ? tool : vendorEntries.get(id));
    }

    /**
     * The tool whose SKU code is a whole token of the raw text, case-insensitive ("SPE_E3",
     * "Microsoft 365 E3 (SPE_E3)"), with the code as the text wrote it; null when none is.
     */
    Map.Entry<String, String> toolOfSku(String raw) {
        if (raw == null || skus.isEmpty()) {
            return null;
        }
        for (String token : SKU_SEPARATORS.splitAsStream(raw.strip()).toList()) {
            String code = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
            String tool = skus.get(code.toLowerCase(Locale.ROOT));
            if (tool != null) {
                return Map.entry(code, tool);
            }
        }
        return null;
    }

    public Collection<Tool> tools() {
        return tools.values();
    }

    public Optional<Category> category(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    public Collection<Category> categories() {
        return categories.values();
    }

    /** A category by its id, English or French name, in any case, with or without accents. */
    public Optional<Category> categoryNamed(String name) {
        String wanted = normaliser.normalise(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return categories.values().stream()
                .filter(c -> wanted.equals(normaliser.normalise(c.nameEn())) || wanted.equals(normaliser.normalise(c.nameFr()))
                        || wanted.equals(normaliser.normalise(c.id())))
                .findFirst();
    }

    public List<Tool> toolsOfVendor(String vendor) {
        return toolsByVendor.getOrDefault(vendor, List.of());
    }

    /** The entry for a vendor's charges whose product is not stated. */
    Tool vendorEntry(String vendor) {
        String slug = String.join("-", DescriptorNormaliser.words(vendor));
        return new Tool(Tool.VENDOR_LEVEL_PREFIX + slug, vendor + " (product not stated)", vendor, UNCATEGORISED,
                List.of(), List.of(), List.of(), "", null, null, null, false);
    }

    /** Inconsistencies of the shipped catalog (duplicate aliases, unknown categories): a test keeps it empty. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** What the user's catalog entries could not do (an unknown category…), for Data quality. */
    public List<DataNote> userNotes() {
        return List.copyOf(userNotes);
    }

    /** Changes whenever the catalog's content (shipped or the user's) changes. */
    public String fingerprint() {
        return fingerprint;
    }

    AliasIndex<String> toolAliases() {
        return toolAliases;
    }

    AliasIndex<String> vendorAliases() {
        return vendorAliases;
    }

    AliasIndex<String> resellerAliases() {
        return resellerAliases;
    }

    /** The tool whose one-word display name is exactly this normalised text, or null. */
    String toolNamed(String normalised) {
        return exactNames.get(normalised);
    }

    /** The vendor a text names ("MSFT" → Microsoft), or "" when it names none. */
    String vendorNamed(String text) {
        AliasIndex.Hit<String> hit = vendorAliases.find(normaliser.tokens(text));
        return hit == null || hit.ambiguous() ? "" : hit.entry().value();
    }

    List<Exclusion> exclusions() {
        return exclusions;
    }

    private void addCategory(Map<String, String> row) {
        String id = row.get("id");
        categories.put(id, new Category(id, row.get("name_en"), row.get("name_fr"),
                yes(row.get("overlap")), row.getOrDefault("focus_category", "")));
    }

    private void draftTool(Map<String, String> row, Map<String, Tool> drafts) {
        String id = row.get("id");
        String category = row.get("category");
        if (!categories.containsKey(category)) {
            problems.add("tool " + id + ": unknown category '" + category + "', using " + UNCATEGORISED);
            category = UNCATEGORISED;
        }
        String price = row.getOrDefault("list_price_per_seat_month", "");
        String year = row.getOrDefault("list_price_year", "");
        Tool tool = new Tool(id, row.get("name"), row.get("vendor"), category, split(row.get("aliases")),
                split(row.get("legal_names")), split(row.get("skus")), row.getOrDefault("domain", ""), price.isBlank() ? null : new BigDecimal(price.trim()),
                blankToNull(row.get("list_price_currency")), year.isBlank() ? null : Integer.valueOf(year.trim()), true);
        if (drafts.putIfAbsent(id, tool) != null) {
            problems.add("tool id " + id + " is listed twice; the first entry is used");
        }
    }

    private void applyUserEntry(UserCatalogEntry entry, Map<String, Tool> drafts, Set<List<String>> userAliases) {
        Tool base = drafts.get(entry.id());
        String category = base == null ? UNCATEGORISED : base.categoryId();
        if (entry.category() != null) {
            Optional<Category> named = categoryNamed(entry.category());
            if (named.isPresent()) {
                category = named.get().id();
            } else {
                Category used = categories.get(category);
                userNotes.add(DataNote.ofField(entry.source(), "CATEGORY", entry.category(),
                        Message.of("note.userCatalogCategory", used.nameEn(), used.nameFr())));
            }
        }
        String name = entry.name() != null ? entry.name() : base != null ? base.name() : entry.id();
        String vendor = entry.vendor() != null ? entry.vendor() : base != null ? base.vendor() : name;
        List<String> aliases = new ArrayList<>(base == null ? List.of() : base.aliases());
        aliases.addAll(entry.aliases());
        entry.aliases().forEach(alias -> userAliases.add(normaliser.tokens(alias)));
        drafts.put(entry.id(), new Tool(entry.id(), name, vendor, category, aliases,
                base == null ? List.of() : base.legalNames(), base == null ? List.of() : base.skus(),
                base == null ? "" : base.domain(),
                entry.listPricePerSeatMonth() != null ? entry.listPricePerSeatMonth()
                        : base == null ? null : base.listPricePerSeatMonth(),
                entry.currency() != null ? entry.currency() : base == null ? null : base.listPriceCurrency(),
                base == null ? null : base.listPriceYear(),
                entry.overlap() != null ? entry.overlap() : base == null || base.overlapEligible()));
    }

    /**
     * Indexes a tool's aliases, name, domain, legal names and SKU codes. An alias the user already gave a
     * tool is not taken from it. A legal name only this tool lists names it, like an alias; one that
     * several tools list, or that is only the vendor's name ("Microsoft Corporation"), names the vendor.
     */
    private void addTool(Tool tool, Set<List<String>> userAliases, Map<List<String>, Set<Tool>> legalNameOwners) {
        tools.put(tool.id(), tool);
        toolsByVendor.computeIfAbsent(tool.vendor(), v -> new ArrayList<>()).add(tool);
        List<String> texts = new ArrayList<>(tool.aliases());
        List<String> nameTokens = bareName(normaliser.tokens(tool.name()));
        List<String> nameWords = bareName(wordsBesideCompanyForm(tool.name()));
        if (nameTokens.size() == 1 && nameWords.size() > 1) {
            nameTokens = List.of(String.join("", nameWords));
        }
        if (nameTokens.size() > 1) {
            texts.add(tool.name());
        } else if (nameTokens.size() == 1) {
            String named = exactNames.putIfAbsent(nameTokens.get(0), tool.id());
            if (named != null && !named.equals(tool.id())) {
                problems.add("name '" + tool.name() + "' of " + tool.id() + " already names " + named);
            }
        }
        if (!tool.domain().isBlank()) {
            texts.add(tool.domain());
        }
        List<String> vendorName = normaliser.tokens(tool.vendor());
        if (toolCountByVendor.getOrDefault(tool.vendor(), 0) > 1 && !namedAsItsCompany(tool.name(), tool.vendor())) {
            // the company's name on one of its several products, named otherwise ("hashicorp" on HCP Terraform, "henry
            // schein one" on Dentrix), names the company
            List<String> company = texts.stream().filter(text -> !text.contains(".")
                    && companyName(normaliser.tokens(text)).equals(companyName(vendorName))).toList();
            company.forEach(text -> addVendorAlias(text, tool.vendor()));
            texts.removeAll(company);
        }
        for (String legal : tool.legalNames()) {
            List<String> tokens = normaliser.tokens(legal);
            Set<Tool> owners = legalNameOwners.get(tokens);
            boolean company = toolCountByVendor.getOrDefault(tool.vendor(), 0) > 1
                    ? companyName(tokens).equals(companyName(vendorName)) : tokens.equals(vendorName);
            if (owners.size() == 1 && !company) {
                texts.add(legal);
            } else if (owners.stream().anyMatch(owner -> !owner.vendor().equals(tool.vendor()))) {
                problems.add("legal name '" + legal + "' of " + tool.id() + " is listed by tools of other vendors: "
                        + owners.stream().map(Tool::id).toList());
            } else {
                addVendorAlias(legal, tool.vendor());
            }
        }
        for (String sku : tool.skus()) {
            String clash = skus.putIfAbsent(sku.toLowerCase(Locale.ROOT), tool.id());
            if (clash != null && !clash.equals(tool.id())) {
                problems.add("SKU '" + sku + "' of " + tool.id() + " already stands for " + clash);
            } else if (SKU_SEPARATORS.matcher(sku).find()) {
                problems.add("SKU '" + sku + "' of " + tool.id() + " is not one token");
            }
        }
        Set<List<String>> oneWordNames = texts.stream().filter(text -> DescriptorNormaliser.words(text).size() == 1)
                .map(normaliser::tokens).collect(Collectors.toSet());
        if (nameWords.size() == 1) {
            oneWordNames.add(nameTokens);
        }
        for (String text : texts) {
            List<String> tokens = indexedTokens(text, oneWordNames);
            String clash = toolAliases.add(tokens, text, tool.id());
            if (clash != null && !userAliases.contains(tokens)) {
                problems.add("alias '" + text + "' of " + tool.id() + " already stands for " + clash);
            }
        }
    }

    /**
     * The words an alias is found by. The normaliser drops words of places, states and web addresses, so "advanced
     * md", "judge.me" and "Dye & Durham" would each be found by one common word ("advanced", "judge", "dye") that the
     * catalog never meant as a name: such an alias is found by its words squeezed into one ("advancedmd"), unless that
     * one word is the tool's name or a one-word alias of its own ("zoom.us" is Zoom). A company form is no such word
     * ("kong inc" is Kong).
     */
    private List<String> indexedTokens(String text, Set<List<String>> oneWordNames) {
        List<String> tokens = normaliser.tokens(text);
        List<String> words = wordsBesideCompanyForm(text);
        if (tokens.size() != 1 || words.size() < 2 || oneWordNames.contains(tokens)) {
            return tokens;
        }
        String squeezed = String.join("", words);
        return squeezed.equals(tokens.get(0)) ? tokens : List.of(squeezed);
    }

    /** The text's words without its company form ("kong inc" is "kong"). */
    private static List<String> wordsBesideCompanyForm(String text) {
        return DescriptorNormaliser.words(text).stream().filter(w -> !DescriptorNormaliser.legalSuffix(w)).toList();
    }

    /** Shortest squeezed name indexed: shorter ones are words of their own ("boxapp"). */
    private static final int SHORTEST_SQUEEZED_NAME = 8;

    /**
     * Card networks squeeze spaces out of names ({@code ROCKETLAWYER}, {@code PAYPAL *AWESOMEMOTIVE}): a name of two or
     * three words is also found written as one, unless that one word already names something else.
     */
    private void addSqueezedNames(Tool tool) {
        List<String> texts = new ArrayList<>(tool.aliases());
        texts.add(tool.name());
        for (String text : texts) {
            squeezed(text).ifPresent(word -> toolAliases.add(List.of(word), text, tool.id()));
        }
        squeezed(tool.vendor()).ifPresent(word -> vendorAliases.add(List.of(word), tool.vendor(), tool.vendor()));
    }

    private Optional<String> squeezed(String text) {
        List<String> tokens = normaliser.tokens(text);
        String word = String.join("", tokens);
        boolean letters = tokens.stream().allMatch(t -> t.chars().allMatch(Character::isLetter));
        return tokens.size() >= 2 && tokens.size() <= 3 && letters && word.length() >= SHORTEST_SQUEEZED_NAME
                ? Optional.of(word) : Optional.empty();
    }

    private void addVendor(Map<String, String> row) {
        split(row.get("aliases")).forEach(alias -> addVendorAlias(alias, row.get("vendor")));
    }

    private void addVendorAlias(String alias, String vendor) {
        vendorAliases.add(normaliser.tokens(alias), alias, vendor);
    }

    /** Words a company adds to its name for a country or a group ("Wolters Kluwer Canada", "Adobe Systems"). */
    private static final Set<String> COMPANY_WORDS = Set.of("canada", "us", "usa", "ireland", "uk", "europe", "emea",
            "international", "global", "group", "holdings", "north", "america", "systems");

    /**
     * Whether a product bears its company's name: one starts with the other's words, the company's form, country and
     * "software" left out (Wave by Wave Financial, Procore by Procore Technologies, Foxit PDF Editor by Foxit).
     */
    private boolean namedAsItsCompany(String name, String vendor) {
        List<String> product = makersName(name);
        List<String> company = makersName(vendor);
        return !product.isEmpty() && !company.isEmpty()
                && (DescriptorNormaliser.startsWith(product, company) || DescriptorNormaliser.startsWith(company, product));
    }

    /** A name's words without its company form, country, group or maker words ("Procore Technologies" is "procore"). */
    private List<String> makersName(String name) {
        return companyName(normaliser.tokens(name)).stream().filter(word -> !MAKER_WORDS.contains(word)).toList();
    }

    /** Words a maker adds to its company's name (its company form is never a token). */
    private static final Set<String> MAKER_WORDS = Set.of("software", "technologies", "technology");

    /** A company's name without the words it adds for a country or a group. */
    private static List<String> companyName(List<String> tokens) {
        List<String> name = tokens.stream().filter(word -> !COMPANY_WORDS.contains(word)).toList();
        return name.isEmpty() ? tokens : name;
    }

    /**
     * The one word a tool's display name is, beside its vendor's name ("Hover", "ACCEO Tempo"), or null when its name
     * has several words of its own.
     */
    String toolNamedWord(String toolId) {
        Optional<Tool> tool = tool(toolId);
        List<String> name = new ArrayList<>(tool.map(t -> bareName(normaliser.tokens(t.name()))).orElse(List.of()));
        if (name.size() > 1) {
            name.removeAll(tool.map(t -> normaliser.tokens(t.vendor())).orElse(List.of())); // "ACCEO Tempo" is Tempo
        }
        return name.size() == 1 ? name.get(0) : null;
    }

    /** A display name without its web suffix: "monday.com" is "monday", "Otter.ai" is "otter". */
    private static List<String> bareName(List<String> tokens) {
        int n = tokens.size();
        if (n > 1 && Set.of("com", "io", "ai", "app", "co", "so").contains(tokens.get(n - 1))) {
            return tokens.subList(0, n - 1);
        }
        return tokens;
    }

    /** Every word of every alias, name and domain: a catalog word is never mistaken for a reference code. */
    private static Set<String> vocabulary(List<Map<String, String>> toolRows) {
        Set<String> words = new HashSet<>();
        for (Map<String, String> row : toolRows) {
            for (String text : List.of(row.getOrDefault("aliases", ""), row.getOrDefault("name", ""),
                    row.getOrDefault("domain", ""), row.getOrDefault("legal_names", ""))) {
                words.addAll(DescriptorNormaliser.words(text));
            }
        }
        return words;
    }

    private static List<String> split(String aliases) {
        if (aliases == null || aliases.isBlank()) {
            return List.of();
        }
        return Arrays.stream(aliases.split("\\|")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    private static boolean yes(String value) {
        return value != null && List.of("yes", "y", "true", "oui", "1").contains(value.trim().toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<Map<String, String>> rows(String csv) {
        try (CSVReader reader = CsvFiles.reader(new StringReader(csv), ',')) {
            List<String[]> lines = reader.readAll();
            if (lines.isEmpty()) {
                return List.of();
            }
            String[] header = lines.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : lines.subList(1, lines.size())) {
                if (line.length == 1 && line[0].isBlank()) {
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length && i < line.length; i++) {
                    row.put(header[i].trim(), line[i].trim());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | CsvException e) {
            throw new IllegalStateException("catalog CSV cannot be read: " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
