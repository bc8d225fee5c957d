package dev.toolspend.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One charge (or credit, when negative) from a billing export, with the tool it was resolved to.
 *
 * @param descriptor    the vendor or merchant text as exported (a FOCUS line's service)
 * @param description   an optional free-text description (may name the product)
 * @param toolId        the catalog tool, or null when nothing matched (unrecognised spend)
 * @param descriptorKey the normalised descriptor, used to group unrecognised spend
 * @param kind          spend, or a tax reported apart and never counted as spend
 * @param provider      for a line of a cloud billing export (FOCUS), who bills it (the publisher, else the
 *                      provider); null for card statements and invoices
 * @param matchRule     how the line was matched, or why it was not
 * @param lines         how many input lines this one stands for: 1, or more for the lines of one table
 *                      summed while read (same tool, or same unrecognised descriptor, same currency and
 *                      kind, all dated in the period); {@code source} is then the first of them
 * @param annual        whether the line's text names an annual cycle (annual, yearly, 12 mois…): without a license
 *                      row, its amount is a year's cost of the tool, not a month's
 */
public record BillingLine(SourceRef source, LocalDate date, String descriptor, String description,
                          BigDecimal amount, String currency, String department,
                          String toolId, String descriptorKey, ChargeKind kind, String provider, Message matchRule,
                          long lines, boolean annual) {

    public BillingLine {
        kind = kind == null ? ChargeKind.SPEND : kind;
        if (lines < 1) {
            throw new IllegalArgumentException("a billing line stands for at least one input line");
        }
    }

    /** Lines of no stated cycle. */
    public BillingLine(SourceRef source, LocalDate date, String descriptor, String description, BigDecimal amount,
                       String currency, String department, String toolId, String descriptorKey, ChargeKind kind,
                       String provider, Message matchRule, long lines) {
        this(source, date, descriptor, description, amount, currency, department, toolId, descriptorKey, kind,
                provider, matchRule, lines, false);
    }

    /** One input line. */
    public BillingLine(SourceRef source, LocalDate date, String descriptor, String description, BigDecimal amount,
                       String currency, String department, String toolId, String descriptorKey, ChargeKind kind,
                       String provider, Message matchRule) {
        this(source, date, descriptor, description, amount, currency, department, toolId, descriptorKey, kind,
                provider, matchRule, 1);
    }

    /** A spend line of a card statement or an invoice. */
    public BillingLine(SourceRef source, LocalDate date, String descriptor, String description, BigDecimal amount,
                       String currency, String department, String toolId, String descriptorKey) {
        this(source, date, descriptor, description, amount, currency, department, toolId, descriptorKey,
                ChargeKind.SPEND, null, null);
    }

    /** A line of a card statement or an invoice, spend or tax. */
    public BillingLine(SourceRef source, LocalDate date, String descriptor, String description, BigDecimal amount,
                       String currency, String department, String toolId, String descriptorKey, ChargeKind kind) {
        this(source, date, descriptor, description, amount, currency, department, toolId, descriptorKey, kind, null,
                null);
    }

    public BillingLine resolved(String toolId, String descriptorKey, Message matchRule) {
        return new BillingLine(source, date, descriptor, description, amount, currency, department,
                toolId, descriptorKey, kind, provider, matchRule, lines, annual);
    }

    /** The same line, its text naming an annual cycle or not. */
    public BillingLine withAnnual(boolean namesAnnualCycle) {
        return new BillingLine(source, date, descriptor, description, amount, currency, department,
                toolId, descriptorKey, kind, provider, matchRule, lines, namesAnnualCycle);
    }

    /** This line and another of the same group as one: amounts summed, this one's source and texts kept. */
    public BillingLine plus(BillingLine other) {
        return new BillingLine(source, date, descriptor, description, amount.add(other.amount), currency, department,
                toolId, descriptorKey, kind, provider, matchRule, lines + other.lines, annual);
    }

    public boolean tax() {
        return kind == ChargeKind.TAX;
    }
}
