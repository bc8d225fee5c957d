package dev.toolspend.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A catalog entry.
 *
 * @param listPricePerSeatMonth optional public list price, in {@code listPriceCurrency}
 */
public record Tool(String id, String name, String vendor, String categoryId, List<String> aliases, String domain,
                   BigDecimal listPricePerSeatMonth, String listPriceCurrency, Integer listPriceYear) {

    public Tool {
        aliases = List.copyOf(aliases);
    }
}
