package dev.toolspend.catalog;

import dev.toolspend.model.Tool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Scores matching on a labelled set of billing lines (columns {@code style, descriptor, description, product,
 * vendor}, tab-separated, a header line; src/test/resources/catalog/descriptors-v2/README.md). Each line is matched
 * as a billing line ({@link ToolMatcher#matchCharge(String, String)}); its label is turned into a tool id
 * mechanically: the normalised label equal to a tool's display name, one of its aliases or its id, else the one tool
 * of the line's vendor column whose name is the label or starts it or with it (the vendor's words and a bracketed note
 * left out: "Sway" by Microsoft, "Rise" by Rise People); {@code vendor:X} the vendor-level entry of X, X written as
 * the catalog or as the same company otherwise ("Caseware" for CaseWare International), the vendor's one tool when it
 * has only one; {@code none} no tool. A label that no catalog tool carries, or that two tools carry, expects a tool no
 * match can give: it counts against recall, never skipped. The predicted tool never takes part in this.
 */
public final class LabelledScore {

    /** The label of a line that is not a software subscription. */
    public static final String NONE = "none";
    /** The label prefix of a line that names a vendor but no product. */
    public static final String VENDOR_LABEL = "vendor:";

    /** The style of lines from a FOCUS cloud cost export. */
    private static final String FOCUS = "focus";
    /** The tool id a label no catalog tool carries stands for: no match equals it. */
    static final String UNKNOWN_LABEL = "?";

    /** One scored line. {@code expected} is the tool id its label names, null for none, {@value #UNKNOWN_LABEL} for a label the catalog lacks. */
    public record Line(String style, String descriptor, String description, String label, String expected,
                       String actual) {
        public boolean software() {
            return !label.equals(NONE);
        }

        public boolean correct() {
            return actual != null && actual.equals(expected);
        }

        public boolean miss() {
            return software() ? !correct() : actual != null;
        }
    }

    /** The figures of a group of lines. */
    public record Figures(int lines, int software, int given, int correct, int none, int noneGiven) {
        static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0);

        Figures plus(Line line) {
            return new Figures(lines + 1, software + (line.software() ? 1 : 0), given + (line.actual() != null ? 1 : 0),
                    correct + (line.software() && line.correct() ? 1 : 0), none + (line.software() ? 0 : 1),
                    noneGiven + (!line.software() && line.actual() != null ? 1 : 0));
        }

        /** Lines given the right tool / lines given a tool (1 when none is given one). */
        public double precision() {
            return given == 0 ? 1 : correct / (double) given;
        }

        /** Lines given the right tool / software lines. */
        public double recall() {
            return software == 0 ? 1 : correct / (double) software;
        }

        /** Non-software lines given a tool / non-software lines. */
        public double falsePositiveRate() {
            return none == 0 ? 0 : noneGiven / (double) none;
        }
    }

    /**
     * Why a line was missed, in an order that says what would fix it: the catalog (a product it lacks), the label
     * convention (a vendor-level line read as the vendor's product or the reverse), the matcher (the rest).
     */
    public enum MissKind {
        /** A software line whose label no catalog tool carries: no match could be right. */
        PRODUCT_NOT_IN_CATALOG,
        /** A vendor-level label given one of that vendor's products, or a product's label given its vendor's entry. */
        VENDOR_LEVEL_OR_PRODUCT,
        /** Another product of the labelled product's vendor. */
        OTHER_PRODUCT_OF_VENDOR,
        /** Another vendor's tool. */
        OTHER_VENDOR,
        /** A software line given no tool. */
        SOFTWARE_GIVEN_NONE,
        /** A line that is not software given a tool. */
        NON_SOFTWARE_GIVEN_TOOL
    }

    private final List<Line> lines;
    private final Catalog catalog;

    private LabelledScore(List<Line> lines, Catalog catalog) {
        this.lines = List.copyOf(lines);
        this.catalog = catalog;
    }

    /** Scores the lines of a labelled file (its header line first). */
    public static LabelledScore of(Catalog catalog, List<String> fileLines) {
        ToolMatcher matcher = catalog.matcher();
        Map<String, Set<String>> byLabel = labelIndex(catalog);
        List<Line> lines = new ArrayList<>();
        for (String text : fileLines.subList(Math.min(1, fileLines.size()), fileLines.size())) {
            if (text.isBlank()) {
                continue;
            }
            String[] f = text.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalArgumentException("a labelled line has style, descriptor, description and product: " + text);
            }
            String description = f[2].isBlank() ? null : f[2];
            // a FOCUS line is read as the FOCUS reader reads it: the publisher (after "Provider / "), else the
            // provider, then the service
            Match match = FOCUS.equals(f[0]) ? matcher.matchCloudCharge(biller(f[1]), description, Set.of())
                    : matcher.matchCharge(f[1], description);
            String actual = match.matched() ? match.toolId() : null;
            String vendor = f.length > 4 ? f[4] : "";
            lines.add(new Line(f[0], f[1], f[2], f[3], expected(catalog, byLabel, f[3], vendor), actual));
        }
        return new LabelledScore(lines, catalog);
    }

    /** Who bills a FOCUS line written {@code ProviderName / PublisherName}: the publisher, as FocusMapper reads it. */
    private static String biller(String descriptor) {
        int slash = descriptor.lastIndexOf(" / ");
        return slash < 0 ? descriptor : descriptor.substring(slash + 3);
    }

    public List<Line> lines() {
        return lines;
    }

    /** Figures per style, in style order. */
    public Map<String, Figures> byStyle() {
        Map<String, Figures> figures = new TreeMap<>();
        lines.forEach(line -> figures.merge(line.style(), Figures.ZERO.plus(line), (a, b) -> a.plus(line)));
        return figures;
    }

    public Figures overall() {
        Figures all = Figures.ZERO;
        for (Line line : lines) {
            all = all.plus(line);
        }
        return all;
    }

    /** How many lines were missed, by why (kinds with no miss left out). */
    public Map<MissKind, Integer> missesByKind() {
        Map<MissKind, Integer> counts = new EnumMap<>(MissKind.class);
        lines.stream().filter(Line::miss).forEach(line -> counts.merge(missKind(line), 1, Integer::sum));
        return counts;
    }

    /** Why a missed line was missed. */
    MissKind missKind(Line line) {
        if (!line.software()) {
            return MissKind.NON_SOFTWARE_GIVEN_TOOL;
        }
        if (UNKNOWN_LABEL.equals(line.expected())) {
            return MissKind.PRODUCT_NOT_IN_CATALOG;
        }
        if (line.actual() == null) {
            return MissKind.SOFTWARE_GIVEN_NONE;
        }
        Optional<Tool> expected = catalog.tool(line.expected());
        Optional<Tool> actual = catalog.tool(line.actual());
        if (expected.isEmpty() || actual.isEmpty() || !expected.get().vendor().equals(actual.get().vendor())) {
            return MissKind.OTHER_VENDOR;
        }
        return expected.get().vendorLevel() || actual.get().vendorLevel()
                ? MissKind.VENDOR_LEVEL_OR_PRODUCT : MissKind.OTHER_PRODUCT_OF_VENDOR;
    }

    /** The tool id a label names (see the class comment). */
    private static String expected(Catalog catalog, Map<String, Set<String>> byLabel, String label, String vendorColumn) {
        if (label.equals(NONE)) {
            return null;
        }
        if (label.startsWith(VENDOR_LABEL)) {
            String vendor = vendorNamed(catalog, label.substring(VENDOR_LABEL.length()));
            vendor = vendor != null || vendorColumn.isBlank() ? vendor : vendorNamed(catalog, vendorColumn);
            if (vendor == null) {
                return UNKNOWN_LABEL;
            }
            List<Tool> products = catalog.toolsOfVendor(vendor);
            return products.size() == 1 ? products.get(0).id() : catalog.vendorEntry(vendor).id();
        }
        Set<String> tools = byLabel.getOrDefault(catalog.normaliser().normalise(label), Set.of());
        if (tools.size() == 1) {
            return tools.iterator().next();
        }
        String byVendor = vendorColumn.isBlank() ? null : productOfVendor(catalog, label, vendorColumn);
        return byVendor != null ? byVendor : UNKNOWN_LABEL;
    }

    /** The one catalog vendor a name is (its name or another name of it, vendors.csv), else the one whose name is that company's. */
    private static String vendorNamed(Catalog catalog, String name) {
        DescriptorNormaliser normaliser = catalog.normaliser();
        String wanted = normaliser.normalise(name);
        Set<String> vendors = new LinkedHashSet<>();
        catalog.tools().stream().map(Tool::vendor).filter(v -> normaliser.normalise(v).equals(wanted))
                .forEach(vendors::add);
        List<String> wantedTokens = normaliser.tokens(wanted);
        AliasIndex.Hit<String> alias = vendors.isEmpty() ? catalog.vendorAliases().find(wantedTokens) : null;
        if (alias != null && !alias.ambiguous() && alias.entry().tokens().equals(wantedTokens)) {
            vendors.add(alias.entry().value()); // another name of the vendor (vendors.csv)
        }
        if (vendors.isEmpty()) {
            // the same company written otherwise: "Caseware" for CaseWare International, "Dye & Durham" for Dye and Durham
            catalog.tools().stream().map(Tool::vendor).filter(v -> sameCompany(name, v)).forEach(vendors::add);
        }
        return vendors.size() == 1 ? vendors.iterator().next() : null;
    }

    /**
     * A label no tool carries as it is, read with the line's vendor column: the one tool of that vendor whose name (its
     * vendor's words and a bracketed note left out) is the label, else the one whose name starts the label or starts
     * with it ("Rise" by Rise People is Rise People, "Sift" by Sift is "Sift (fraud prevention)"), or the vendor's one
     * tool when the label holds the company's name; null when none or several are.
     */
    private static String productOfVendor(Catalog catalog, String label, String vendorColumn) {
        List<Tool> ofVendor = catalog.tools().stream().filter(t -> sameCompany(vendorColumn, t.vendor())).toList();
        if (ofVendor.size() == 1 && sameCompany(label, vendorColumn)) {
            return ofVendor.get(0).id();     // the company's name for its one product: "Jane" by Jane Software
        }
        List<String> wanted = withoutVendor(DescriptorNormaliser.words(label), ofVendor);
        if (wanted.isEmpty()) {
            return null;
        }
        Set<String> same = new LinkedHashSet<>();
        Set<String> prefixed = new LinkedHashSet<>();
        for (Tool tool : ofVendor) {
            List<String> names = new ArrayList<>(tool.aliases());
            names.add(BRACKETED.matcher(tool.name()).replaceAll(" "));
            names.add(tool.id().replace('-', ' '));
            for (String name : names) {
                List<String> words = withoutVendor(DescriptorNormaliser.words(name), List.of(tool));
                if (words.equals(wanted)) {
                    same.add(tool.id());
                } else if (!words.isEmpty() && (DescriptorNormaliser.startsWith(words, wanted)
                        || DescriptorNormaliser.startsWith(wanted, words))) {
                    prefixed.add(tool.id());
                }
            }
        }
        Set<String> found = same.isEmpty() ? prefixed : same;
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    /** Words a company's name may carry or not: its form, "and", its country or group. */
    private static final Set<String> COMPANY_WORDS = Set.of("and", "et", "canada", "international", "intl", "group",
            "holdings", "software", "technologies", "technology", "systems", "solutions", "labs", "societe", "the");

    /** Whether two names are the same company: one's words, forms and country left out, found in the other's. */
    private static boolean sameCompany(String a, String b) {
        List<String> x = companyWords(a);
        List<String> y = companyWords(b);
        return !x.isEmpty() && !y.isEmpty() && (Collections.indexOfSubList(x, y) >= 0 || Collections.indexOfSubList(y, x) >= 0);
    }

    private static List<String> companyWords(String name) {
        return DescriptorNormaliser.words(name).stream()
                .filter(w -> !DescriptorNormaliser.legalSuffix(w) && !COMPANY_WORDS.contains(w)).toList();
    }

    /** The words without a leading name of the tools' vendor ("Microsoft Sway" is "Sway"). */
    private static List<String> withoutVendor(List<String> words, List<Tool> tools) {
        for (Tool tool : tools) {
            List<String> vendor = companyWords(tool.vendor());
            if (!vendor.isEmpty() && words.size() > vendor.size() && DescriptorNormaliser.startsWith(words, vendor)) {
                return words.subList(vendor.size(), words.size());
            }
        }
        return words;
    }

    /** Every tool's display name, aliases and id, normalised, to the tools that carry it. */
    private static Map<String, Set<String>> labelIndex(Catalog catalog) {
        DescriptorNormaliser normaliser = catalog.normaliser();
        Map<String, Set<String>> index = new HashMap<>();
        for (Tool tool : catalog.tools()) {
            List<String> names = new ArrayList<>(tool.aliases());
            names.add(tool.name());
            names.add(tool.id().replace('-', ' '));
            for (String name : names) {
                String key = normaliser.normalise(name);
                if (!key.isEmpty()) {
                    index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(tool.id());
                }
            }
        }
        return index;
    }
}
