package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.SkippedRow;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.ChargeKind;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.Stake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static dev.toolspend.ingest.header.Field.*;

/**
 * A row of a QuickBooks Online expenses / bills export ({@code Date, Type, No., Payee, Category,
 * Memo, Total before sales tax, Sales tax, Total}). Bills and expenses are spend; a bill payment
 * only settles a bill already counted, so it is skipped; the sales tax becomes a tax line.
 */
final class QuickBooksExpenseMapper implements RowMapper<BillingLine> {

    private static final Pattern BILL_PAYMENT = Pattern.compile("(bill payment|paiement de facture|payment)( .*)?");

    @Override
    public Stake stake(RowValues row) {
        return row.stake(AMOUNT, CURRENCY, DATE, false);
    }

    @Override
    public List<BillingLine> map(RowValues row) throws ValueException, SkippedRow {
        String type = row.text(TYPE);
        if (type != null && BILL_PAYMENT.matcher(HeaderSchema.normalise(type)).matches()) {
            throw new SkippedRow(SkipReason.BILL_PAYMENT);
        }
        var date = row.date(DATE);
        String vendor = row.required(VENDOR);
        RowValues.Money money = row.money(AMOUNT, CURRENCY);
        String description = CardStatementMapper.first(row.text(DESCRIPTION), row.text(DETAILS));
        List<BillingLine> lines = new ArrayList<>();
        lines.add(new BillingLine(row.source(), date, vendor, description, money.amount(), money.currency(),
                row.text(DEPARTMENT), null, null, ChargeKind.SPEND));
        if (row.text(TAX) != null) {
            BigDecimal tax = row.money(TAX, CURRENCY).amount();
            if (tax.signum() != 0) {
                lines.add(new BillingLine(row.source(), date, vendor, description, tax, money.currency(),
                        row.text(DEPARTMENT), null, null, ChargeKind.TAX));
            }
        }
        return lines;
    }
}
