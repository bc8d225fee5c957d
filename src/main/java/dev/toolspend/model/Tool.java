package dev.toolspend.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A catalog entry.
 *
 * @param legalNames            the company names on statements and invoices ({@code salesforce inc})
 * @param skus                  license SKU and part codes ({@code SPE_E3}, {@code 1010020028})
 * @param listPricePerSeatMonth optional public list price, in {@code listPriceCurrency}
 * @param overlapEligible       false when the tool must never be grouped with others of its category
 */
public record Tool(String id, String name, String vendor, String categoryId, List<String> aliases,
                   List<String> legalNames, List<String> skus, String domain,
                   BigDecimal listPricePerSeatMonth, String listPriceCurrency, Integer listPriceYear,
                   boolean overlapEligible) {

    /** Id prefix of the entries that stand for a vendor's charges when the product is not stated. */
    public static final String VENDOR_LEVEL_PREFIX = "vendor-";

    public Tool {
        aliases = List.copyOf(aliases);
        legalNames = List.copyOf(legalNames);
        skus = List.copyOf(skus);
    }

    /** An entry for a vendor's charges whose product is not stated ({@code PAYPAL *ATLASSIAN}). */
    public boolean vendorLevel() {
        return id.startsWith(VENDOR_LEVEL_PREFIX);
    }
}
