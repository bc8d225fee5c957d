package dev.toolspend.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One charge (or credit, when negative) from a billing export, with the tool it was resolved to.
 *
 * @param descriptor    the vendor or merchant text as exported
 * @param description   an optional free-text description (may name the product)
 * @param toolId        the catalog tool, or null when nothing matched (unrecognised spend)
 * @param descriptorKey the normalised descriptor, used to group unrecognised spend
 * @param matchRule     how the line was matched, or why it was not
 */
public record BillingLine(SourceRef source, LocalDate date, String descriptor, String description,
                          BigDecimal amount, String currency, String department,
                          String toolId, String descriptorKey, String matchRule) {

    public BillingLine resolved(String toolId, String descriptorKey, String matchRule) {
        return new BillingLine(source, date, descriptor, description, amount, currency, department,
                toolId, descriptorKey, matchRule);
    }
}
