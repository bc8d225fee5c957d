package dev.toolspend.catalog;

import dev.toolspend.ingest.Sha256;
import dev.toolspend.model.Tool;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves billing descriptors, license-register tool names and usage app names to catalog tools.
 * Stateless after construction and safe to share between threads.
 */
public final class ToolMatcher {

    /** Id prefix of tools named in the inputs but absent from the catalog. */
    public static final String CUSTOM_PREFIX = "custom-";

    private final Catalog catalog;
    private final DescriptorNormaliser normaliser;

    ToolMatcher(Catalog catalog, DescriptorNormaliser normaliser) {
        this.catalog = catalog;
        this.normaliser = normaliser;
    }

    /** Matches a text against the catalog's product aliases. */
    public Match match(String text) {
        return match(normaliser.tokens(text));
    }

    private Match match(List<String> tokens) {
        String normalised = String.join(" ", tokens);
        AliasIndex.Hit<String> hit = catalog.toolAliases().find(tokens);
        if (hit == null) {
            return Match.none(normalised, "no alias");
        }
        if (hit.ambiguous()) {
            return Match.none(normalised, "ambiguous: " + hit.entry().value() + " or " + hit.rival().value());
        }
        return new Match(hit.entry().value(), normalised, "alias \"" + hit.entry().text() + "\"");
    }

    /**
     * Resolves a license-register tool name or a usage app name. A name the catalog does not know
     * still becomes a tool ({@code custom-<normalised-name>}), so its cost and seats are not lost.
     */
    public Match resolveName(String name) {
        Match match = match(name);
        if (match.matched()) {
            return match;
        }
        String slug = match.normalised().isEmpty() ? Sha256.of(name).substring(0, 12) : match.normalised().replace(' ', '-');
        return new Match(CUSTOM_PREFIX + slug, match.normalised(), "not in the catalog");
    }

    /** Matches a billing line without knowing which tools the register or usage name (see below). */
    public Match matchCharge(String vendorText, String description) {
        return matchCharge(vendorText, description, Set.of());
    }

    /**
     * Matches a billing line. The vendor text is the descriptor (the description stands in when it is
     * blank). Charges that are never software (advertising, marketplace purchases) match nothing. A
     * description naming another product of the same vendor wins ({@code Microsoft} + "Teams
     * Essentials"). A vendor-level descriptor that names no product ({@code PAYPAL *ATLASSIAN})
     * resolves through the description; else to the vendor's only tool; else to the only tool of that
     * vendor the license register or the usage exports name; else to the vendor-level entry
     * ({@code vendor-atlassian}) — never to an arbitrary product.
     *
     * @param namedTools tool ids the license register and the usage exports name
     */
    public Match matchCharge(String vendorText, String description, Set<String> namedTools) {
        boolean hasVendor = vendorText != null && !vendorText.isBlank();
        String descriptor = hasVendor ? vendorText : description;
        for (Catalog.Exclusion exclusion : catalog.exclusions()) {
            if (descriptor != null && exclusion.pattern().matcher(descriptor).find()) {
                return Match.none(exclusion.label(), "not software: " + exclusion.reason());
            }
        }
        List<String> tokens = normaliser.tokens(descriptor);
        Match primary = match(tokens);
        Match byDescription = hasVendor && description != null && !description.isBlank() ? match(description) : null;
        if (primary.matched()) {
            if (byDescription != null && byDescription.matched()
                    && !byDescription.toolId().equals(primary.toolId())
                    && sameVendor(primary.toolId(), byDescription.toolId())) {
                return new Match(byDescription.toolId(), primary.normalised(),
                        "description names the product: " + byDescription.rule());
            }
            return primary;
        }
        return vendorLevel(tokens, primary, byDescription, namedTools);
    }

    private Match vendorLevel(List<String> tokens, Match primary, Match byDescription, Set<String> namedTools) {
        AliasIndex.Hit<String> vendorHit = catalog.vendorAliases().find(tokens);
        if (vendorHit == null || vendorHit.ambiguous()) {
            return primary;
        }
        String vendor = vendorHit.entry().value();
        if (byDescription != null && byDescription.matched()
                && vendor.equals(catalog.tool(byDescription.toolId()).map(Tool::vendor).orElse(null))) {
            return new Match(byDescription.toolId(), primary.normalised(),
                    "vendor " + vendor + ", product from the description: " + byDescription.rule());
        }
        List<Tool> products = catalog.toolsOfVendor(vendor);
        if (products.size() == 1) {
            return new Match(products.get(0).id(), primary.normalised(), "vendor " + vendor + " has one tool");
        }
        List<String> named = products.stream().map(Tool::id).filter(namedTools::contains).toList();
        if (named.size() == 1) {
            return new Match(named.get(0), primary.normalised(),
                    "vendor " + vendor + ": the only one of its tools the register or usage names");
        }
        if (products.isEmpty()) {
            return primary;
        }
        return new Match(catalog.vendorEntry(vendor).id(), primary.normalised(),
                "vendor-level: " + vendor + " sells " + products.size() + " tools and the line does not say which");
    }

    private boolean sameVendor(String toolA, String toolB) {
        return Objects.equals(catalog.tool(toolA).map(Tool::vendor).orElse(null),
                catalog.tool(toolB).map(Tool::vendor).orElse("?"));
    }
}
