package dev.toolspend.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a user catalog: adds a tool, adds aliases to a shipped tool, recategorises it, or marks
 * an internal tool. Blank cells (null) leave the shipped value as it is.
 *
 * @param category a category id, or its English or French name
 * @param overlap  false keeps the tool out of overlap groups (it is never consolidated)
 */
public record UserCatalogEntry(SourceRef source, String id, String name, String vendor, String category,
                               List<String> aliases, BigDecimal listPricePerSeatMonth, String currency, Boolean overlap) {

    public UserCatalogEntry {
        aliases = List.copyOf(aliases);
    }
}
