package dev.toolspend.catalog;

import dev.toolspend.model.Tool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores matching on a labelled set of billing lines (columns {@code style, descriptor, description, product,
 * vendor}, tab-separated, a header line; src/test/resources/catalog/descriptors-v2/README.md). Each line is matched
 * as a billing line ({@link ToolMatcher#matchCharge(String, String)}); its label is turned into a tool id
 * mechanically: the normalised label equal to a tool's display name, one of its aliases or its id; {@code vendor:X}
 * the vendor-level entry of X (the vendor's one tool when it has only one); {@code none} no tool. A label that no
 * catalog tool carries, or that two tools carry, expects a tool no match can give: it counts against recall, never
 * skipped.
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

    private final List<Line> lines;

    private LabelledScore(List<Line> lines) {
        this.lines = List.copyOf(lines);
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
            lines.add(new Line(f[0], f[1], f[2], f[3], expected(catalog, byLabel, f[3]), actual));
        }
        return new LabelledScore(lines);
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

    /** The tool id a label names (see the class comment). */
    private static String expected(Catalog catalog, Map<String, Set<String>> byLabel, String label) {
        if (label.equals(NONE)) {
            return null;
        }
        DescriptorNormaliser normaliser = catalog.normaliser();
        if (label.startsWith(VENDOR_LABEL)) {
            String wanted = normaliser.normalise(label.substring(VENDOR_LABEL.length()));
            Set<String> vendors = new LinkedHashSet<>();
            catalog.tools().stream().map(Tool::vendor).filter(v -> normaliser.normalise(v).equals(wanted))
                    .forEach(vendors::add);
            List<String> wantedTokens = normaliser.tokens(wanted);
            AliasIndex.Hit<String> alias = vendors.isEmpty() ? catalog.vendorAliases().find(wantedTokens) : null;
            if (alias != null && !alias.ambiguous() && alias.entry().tokens().equals(wantedTokens)) {
                vendors.add(alias.entry().value()); // another name of the vendor (vendors.csv)
            }
            if (vendors.size() != 1) {
                return UNKNOWN_LABEL;
            }
            String vendor = vendors.iterator().next();
            List<Tool> products = catalog.toolsOfVendor(vendor);
            return products.size() == 1 ? products.get(0).id() : catalog.vendorEntry(vendor).id();
        }
        Set<String> tools = byLabel.getOrDefault(normaliser.normalise(label), Set.of());
        return tools.size() == 1 ? tools.iterator().next() : UNKNOWN_LABEL;
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
