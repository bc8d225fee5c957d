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
 * @param kind          spend, or a tax reported apart and never counted as spend
 */
public record BillingLine(SourceRef source, LocalDate date, String descriptor, String description,
                          BigDecimal amount, String currency, String department,
                          String toolId, String descriptorKey, ChargeKind kind) {

    public BillingLine {
        kind = kind == null ? ChargeKind.SPEND : kind;
    }

    /** A spend line. */
    public BillingLine(SourceRef source, LocalDate date, String descriptor, String description, BigDecimal amount,
                       String currency, String department, String toolId, String descriptorKey) {
        this(source, date, descriptor, description, amount, currency, department, toolId, descriptorKey,
                ChargeKind.SPEND);
    }

    public BillingLine resolved(String toolId, String descriptorKey) {
        return new BillingLine(source, date, descriptor, description, amount, currency, department,
                toolId, descriptorKey, kind);
    }

    public boolean tax() {
        return kind == ChargeKind.TAX;
    }
}
