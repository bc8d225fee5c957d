package dev.toolspend.catalog;

import dev.toolspend.model.BillingLine;
import dev.toolspend.model.DataNote;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.Message;
import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.Tool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One product is one tool, whatever each file calls it: once every source is read, a vendor-level mention (a
 * register row that says {@code OpenAI}, a usage app {@code Salesforce}, an invoice from a vendor that names no
 * product) becomes the vendor's one product that the company's files show, and Data quality says so. With two or
 * more of the vendor's products in the files it stays vendor-level, and Data quality names them and the row to fix;
 * with none, it stays as it is. Pure: the sources in, the same sources with their tool ids folded out.
 */
public final class IdentityFolding {

    /** The sources with every fold applied (seat holders merged again per tool and user), and what was folded. */
    public record Result(List<LicenseRow> licenses, List<SeatHolder> holders, List<BillingLine> billing,
                         List<DataNote> notes) {
    }

    /**
     * Names a suite's users give its services without the suite's name ({@code Teams}, {@code Meet}): suite tool id →
     * short name (normalised) → the product it means in that suite.
     */
    static final Map<String, Map<String, String>> SHORT_NAMES = Map.of(
            "microsoft-365", Map.ofEntries(Map.entry("teams", "microsoft-teams"), Map.entry("copilot", "microsoft-copilot"),
                    Map.entry("planner", "microsoft-planner"), Map.entry("forms", "microsoft-forms"),
                    Map.entry("exchange", "exchange-online"), Map.entry("bookings", "microsoft-bookings"),
                    Map.entry("outlook", "microsoft-365"), Map.entry("word", "microsoft-365"),
                    Map.entry("excel", "microsoft-365"), Map.entry("powerpoint", "microsoft-365"),
                    Map.entry("onenote", "microsoft-365"), Map.entry("chat", "microsoft-teams")),
            "google-workspace", Map.ofEntries(Map.entry("meet", "google-meet"), Map.entry("drive", "google-drive"),
                    Map.entry("chat", "google-workspace"), Map.entry("docs", "google-workspace"),
                    Map.entry("sheets", "google-workspace"), Map.entry("slides", "google-workspace"),
                    Map.entry("calendar", "google-workspace"), Map.entry("sites", "google-workspace"),
                    Map.entry("keep", "google-workspace")));

    private final Catalog catalog;

    public IdentityFolding(Catalog catalog) {
        this.catalog = catalog;
    }

    public Result fold(List<LicenseRow> licenses, List<SeatHolder> holders, List<BillingLine> billing) {
        Map<String, Map<SourceRef, Mention>> vendorLevel = new TreeMap<>();   // id → table → its first mention
        Map<String, Map<SourceRef, Mention>> shortNames = new TreeMap<>();    // short name → table → its first mention
        Set<String> products = new TreeSet<>();
        licenses.forEach(r -> see(r.toolId(), r.toolName(), r.source(), vendorLevel, products));
        holders.forEach(h -> see(h.toolId(), h.toolName(), h.source(), vendorLevel, products));
        billing.forEach(l -> see(l.toolId(), l.descriptor(), l.source(), vendorLevel, products));
        licenses.forEach(r -> seeShortName(r.toolId(), r.toolName(), r.source(), shortNames));
        holders.forEach(h -> seeShortName(h.toolId(), h.toolName(), h.source(), shortNames));

        Map<String, String> folds = new HashMap<>();
        List<DataNote> notes = new ArrayList<>();
        foldShortNames(shortNames, products, folds, notes);
        vendorLevel.forEach((id, mentions) -> {
            String vendor = catalog.tool(id).map(Tool::vendor).orElse(null);
            List<Tool> present = catalog.toolsOfVendor(vendor).stream().filter(t -> products.contains(t.id()))
                    .sorted(Comparator.comparing(Tool::name)).toList();
            if (present.size() == 1) {
                folds.put(id, present.get(0).id());
                mentions.values().forEach(m -> notes.add(DataNote.ofField(m.where(), "TOOL", m.name(),
                        Message.of("fold.onlyProduct", vendor, present.get(0).name()))));
            } else if (present.size() > 1) {
                String names = String.join(", ", present.stream().map(Tool::name).toList());
                mentions.values().forEach(m -> notes.add(DataNote.ofField(m.where(), "TOOL", m.name(),
                        Message.of("fold.severalProducts", vendor, names))));
            }
        });
        if (folds.isEmpty()) {
            return new Result(licenses, holders, billing, notes);
        }
        List<LicenseRow> foldedLicenses = licenses.stream()
                .map(r -> folds.containsKey(r.toolId()) ? r.withToolId(folds.get(r.toolId())) : r).toList();
        Map<SeatHolder.Seat, SeatHolder> merged = new HashMap<>();
        for (SeatHolder holder : holders) {
            SeatHolder folded = folds.containsKey(holder.toolId()) ? holder.withToolId(folds.get(holder.toolId()))
                    : holder;
            merged.merge(folded.seat(), folded, SeatHolder::merge);
        }
        List<SeatHolder> foldedHolders = merged.values().stream()
                .sorted(SeatHolder.BY_SEAT).toList();
        List<BillingLine> foldedBilling = billing.stream().map(l -> folds.containsKey(l.toolId())
                ? l.resolved(folds.get(l.toolId()), l.descriptorKey(), l.matchRule()) : l).toList();
        return new Result(foldedLicenses, foldedHolders, foldedBilling, notes);
    }

    /**
     * A register row or usage app named only by a suite's service ({@code Teams}, {@code Meet}) is that suite's
     * product when the files hold exactly one suite that has it; otherwise it stays as it is and Data quality says
     * why. Every fold is listed.
     */
    private void foldShortNames(Map<String, Map<SourceRef, Mention>> shortNames, Set<String> products,
                                Map<String, String> folds, List<DataNote> notes) {
        shortNames.forEach((name, mentions) -> {
            List<String> suites = SHORT_NAMES.entrySet().stream().filter(e -> e.getValue().containsKey(name))
                    .map(Map.Entry::getKey).sorted().toList();
            List<String> held = suites.stream().filter(products::contains).toList();
            String names = String.join(", ", (held.isEmpty() ? suites : held).stream().map(this::nameOf).toList());
            if (held.size() == 1) {
                String product = SHORT_NAMES.get(held.get(0)).get(name);
                folds.put(ToolMatcher.CUSTOM_PREFIX + name.replace(' ', '-'), product);
                products.add(product);
                mentions.values().forEach(m -> notes.add(DataNote.ofField(m.where(), "TOOL", m.name(),
                        Message.of("fold.shortName", m.name(), nameOf(product), names))));
            } else {
                mentions.values().forEach(m -> notes.add(DataNote.ofField(m.where(), "TOOL", m.name(),
                        Message.of(held.isEmpty() ? "fold.shortNameNoSuite" : "fold.shortNameSeveralSuites", m.name(),
                                names))));
            }
        });
    }

    private String nameOf(String toolId) {
        return catalog.tool(toolId).map(Tool::name).orElse(toolId);
    }

    /** A name the catalog does not know that is one of a suite's short names. */
    private static void seeShortName(String toolId, String name, SourceRef where,
                                     Map<String, Map<SourceRef, Mention>> shortNames) {
        if (toolId == null || !toolId.startsWith(ToolMatcher.CUSTOM_PREFIX)) {
            return;
        }
        String key = String.join(" ", DescriptorNormaliser.words(name));
        if (SHORT_NAMES.values().stream().anyMatch(names -> names.containsKey(key))
                && toolId.equals(ToolMatcher.CUSTOM_PREFIX + key.replace(' ', '-'))) {
            shortNames.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(where.table(), new Mention(where, name));
        }
    }

    private static void see(String toolId, String name, SourceRef where,
                            Map<String, Map<SourceRef, Mention>> vendorLevel, Set<String> products) {
        if (toolId == null || toolId.startsWith(ToolMatcher.CUSTOM_PREFIX)) {
            return;
        }
        if (toolId.startsWith(Tool.VENDOR_LEVEL_PREFIX)) {
            vendorLevel.computeIfAbsent(toolId, id -> new LinkedHashMap<>()).putIfAbsent(where.table(),
                    new Mention(where, name));
        } else {
            products.add(toolId);
        }
    }

    /** The first row of a table that mentions a vendor-level id, and the name it gives. */
    private record Mention(SourceRef where, String name) {
    }
}
