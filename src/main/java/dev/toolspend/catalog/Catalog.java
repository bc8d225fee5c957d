package dev.toolspend.catalog;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import dev.toolspend.ingest.CsvFiles;
import dev.toolspend.ingest.Sha256;
import dev.toolspend.model.Category;
import dev.toolspend.model.Tool;
import dev.toolspend.model.ToolDirectory;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tools the project knows: categories, tools with their aliases, and software vendors (for
 * descriptors that name a vendor but no product). Loaded from the CSV files under
 * {@code src/main/resources/catalog/}.
 */
public final class Catalog {

    public static final String UNCATEGORISED = "uncategorised";

    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, Tool> tools = new LinkedHashMap<>();
    private final Map<String, List<Tool>> toolsByVendor = new HashMap<>();
    private final AliasIndex<String> toolAliases = new AliasIndex<>();
    private final AliasIndex<String> vendorAliases = new AliasIndex<>();
    private final DescriptorNormaliser normaliser;
    private final List<String> problems = new ArrayList<>();
    private final String fingerprint;

    private Catalog(String categoriesCsv, String toolsCsv, String vendorsCsv) {
        List<Map<String, String>> toolRows = rows(toolsCsv);
        normaliser = new DescriptorNormaliser(vocabulary(toolRows));
        rows(categoriesCsv).forEach(this::addCategory);
        toolRows.forEach(this::addTool);
        rows(vendorsCsv).forEach(this::addVendor);
        tools.values().forEach(tool -> addVendorAlias(tool.vendor(), tool.vendor()));
        fingerprint = Sha256.of(categoriesCsv + "\u0000" + toolsCsv + "\u0000" + vendorsCsv);
    }

    /** The catalog shipped with the program. */
    public static Catalog shipped() {
        return new Catalog(resource("catalog/categories.csv"), resource("catalog/tools.csv"),
                resource("catalog/vendors.csv"));
    }

    /** A catalog from CSV texts with the shipped layouts (for tests and user catalogs). */
    public static Catalog of(String categoriesCsv, String toolsCsv, String vendorsCsv) {
        return new Catalog(categoriesCsv, toolsCsv, vendorsCsv);
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
                Tool known = tools.get(id);
                if (known != null) {
                    return known;
                }
                return new Tool(id, names.getOrDefault(id, id), null, UNCATEGORISED, List.of(), "", null, null, null);
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
                return !tools.containsKey(id);
            }
        };
    }

    public ToolMatcher matcher() {
        return new ToolMatcher(this, normaliser);
    }

    public DescriptorNormaliser normaliser() {
        return normaliser;
    }

    public Optional<Tool> tool(String id) {
        return Optional.ofNullable(tools.get(id));
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

    /** A category by its English or French name, in any case, with or without accents. */
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

    /** Inconsistencies found while loading (duplicate aliases, unknown categories), for Data quality. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Changes whenever the catalog's content changes: part of a run's identity. */
    public String fingerprint() {
        return fingerprint;
    }

    AliasIndex<String> toolAliases() {
        return toolAliases;
    }

    AliasIndex<String> vendorAliases() {
        return vendorAliases;
    }

    private void addCategory(Map<String, String> row) {
        String id = row.get("id");
        categories.put(id, new Category(id, row.get("name_en"), row.get("name_fr"),
                yes(row.get("overlap")), row.getOrDefault("focus_category", "")));
    }

    private void addTool(Map<String, String> row) {
        String id = row.get("id");
        String category = row.get("category");
        if (!categories.containsKey(category)) {
            problems.add("tool " + id + ": unknown category '" + category + "', using " + UNCATEGORISED);
            category = UNCATEGORISED;
        }
        List<String> aliases = split(row.get("aliases"));
        String price = row.getOrDefault("list_price_per_seat_month", "");
        String year = row.getOrDefault("list_price_year", "");
        Tool tool = new Tool(id, row.get("name"), row.get("vendor"), category, aliases, row.getOrDefault("domain", ""),
                price.isBlank() ? null : new BigDecimal(price.trim()),
                blankToNull(row.get("list_price_currency")), year.isBlank() ? null : Integer.valueOf(year.trim()));
        if (tools.putIfAbsent(id, tool) != null) {
            problems.add("tool id " + id + " is listed twice; the first entry is used");
            return;
        }
        toolsByVendor.computeIfAbsent(tool.vendor(), v -> new ArrayList<>()).add(tool);
        List<String> texts = new ArrayList<>(aliases);
        texts.add(tool.name());
        if (!tool.domain().isBlank()) {
            texts.add(tool.domain());
        }
        for (String text : texts) {
            String clash = toolAliases.add(normaliser.tokens(text), text, id);
            if (clash != null) {
                problems.add("alias '" + text + "' of " + id + " already stands for " + clash);
            }
        }
    }

    private void addVendor(Map<String, String> row) {
        split(row.get("aliases")).forEach(alias -> addVendorAlias(alias, row.get("vendor")));
    }

    private void addVendorAlias(String alias, String vendor) {
        vendorAliases.add(normaliser.tokens(alias), alias, vendor);
    }

    /** Every word of every alias, name and domain: a catalog word is never mistaken for a reference code. */
    private static java.util.Set<String> vocabulary(List<Map<String, String>> toolRows) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Map<String, String> row : toolRows) {
            for (String text : List.of(row.getOrDefault("aliases", ""), row.getOrDefault("name", ""),
                    row.getOrDefault("domain", ""))) {
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
