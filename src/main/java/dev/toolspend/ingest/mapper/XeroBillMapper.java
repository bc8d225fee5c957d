package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.ChargeKind;
import dev.toolspend.model.Message;
import dev.toolspend.model.Stake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.toolspend.ingest.header.Field.*;

/**
 * A line of a Xero bills (purchase invoices) export: one row per invoice line, the supplier in
 * {@code ContactName}, dated {@code InvoiceDate}. The line's amount is {@code LineAmount}, else
 * {@code Quantity × UnitAmount} (never the invoice {@code Total}, which every line repeats); its
 * {@code TaxAmount} becomes a tax line, kept apart from spend.
 */
final class XeroBillMapper implements RowMapper<BillingLine> {

    @Override
    public Stake stake(RowValues row) {
        return row.stake(LINE_AMOUNT, CURRENCY, DATE, false);
    }

    @Override
    public List<BillingLine> map(RowValues row) throws ValueException {
        var date = row.date(DATE);
        String vendor = row.required(VENDOR);
        String currency = row.optionalCurrency(CURRENCY);
        BigDecimal amount;
        if (row.has(LINE_AMOUNT)) {
            amount = row.money(LINE_AMOUNT, CURRENCY).amount();
        } else if (row.has(QUANTITY) && row.has(UNIT_PRICE)) {
            amount = row.amount(QUANTITY).multiply(row.amount(UNIT_PRICE));
        } else {
            throw row.invalid(LINE_AMOUNT, Message.of("value.xeroNoAmount"));
        }
        String description = row.text(DESCRIPTION);
        List<BillingLine> lines = new ArrayList<>();
        lines.add(new BillingLine(row.source(), date, vendor, description, amount, currency, null, null, null,
                ChargeKind.SPEND));
        if (row.text(TAX) != null) {
            BigDecimal tax = row.amount(TAX);
            if (tax.signum() != 0) {
                lines.add(new BillingLine(row.source(), date, vendor, description, tax, currency, null, null, null,
                        ChargeKind.TAX));
            }
        }
        return lines;
    }
}
