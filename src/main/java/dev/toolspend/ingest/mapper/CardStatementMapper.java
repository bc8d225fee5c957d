package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.Field;
import dev.toolspend.ingest.header.Layout;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.SkippedRow;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.ChargeKind;
import dev.toolspend.model.Message;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.Stake;

import java.math.BigDecimal;
import java.util.List;

import static dev.toolspend.ingest.header.Field.*;

/**
 * A card statement line: the generic form ({@code date,vendor,amount,currency,department,description})
 * and the card programs' own exports. The merchant name is the descriptor when the export has one
 * (Ramp, Brex and Rho also give the raw descriptor, used only when the name is blank; Amex and Chase
 * put the merchant in their Description). Chase writes charges as negative amounts. Payments to the
 * card are skipped ({@link CardPayments}).
 */
final class CardStatementMapper implements RowMapper<BillingLine> {

    private final boolean descriptionIsMerchant;
    private final boolean chargesNegative;

    CardStatementMapper(Layout layout) {
        this.descriptionIsMerchant = layout == Layout.AMEX || layout == Layout.CHASE;
        this.chargesNegative = layout == Layout.CHASE;
    }

    @Override
    public Stake stake(RowValues row) {
        Stake read = row.stake(AMOUNT, CURRENCY, DATE, false);
        return chargesNegative && read.amount() != null
                ? new Stake(read.amount().negate(), read.currency(), read.date()) : read;
    }

    @Override
    public List<BillingLine> map(RowValues row) throws ValueException, SkippedRow {
        if (CardPayments.paymentType(row.text(TYPE))) {
            throw new SkippedRow(SkipReason.CARD_PAYMENT);
        }
        var date = row.date(DATE);
        String descriptor;
        String description;
        if (row.text(VENDOR) != null) {
            descriptor = row.text(VENDOR);
            description = first(row.text(DESCRIPTION), row.text(DETAILS));
        } else if (descriptionIsMerchant && row.text(DESCRIPTION) != null) {
            descriptor = row.text(DESCRIPTION);
            description = row.text(DETAILS);
        } else if (row.text(RAW_DESCRIPTOR) != null) {
            descriptor = row.text(RAW_DESCRIPTOR);
            description = first(row.text(DESCRIPTION), row.text(DETAILS));
        } else {
            descriptor = null;
            description = first(row.text(DESCRIPTION), row.text(DETAILS));
        }
        if (descriptor == null && description == null) {
            Field blank = row.has(VENDOR) ? VENDOR : row.has(DESCRIPTION) ? DESCRIPTION : RAW_DESCRIPTOR;
            throw row.invalid(blank, Message.of("value.noVendor"));
        }
        RowValues.Money money = row.money(AMOUNT, CURRENCY);
        BigDecimal spend = chargesNegative ? money.amount().negate() : money.amount();
        if (CardPayments.paymentText(spend, descriptor, row.text(RAW_DESCRIPTOR), description)) {
            throw new SkippedRow(SkipReason.CARD_PAYMENT);
        }
        return List.of(new BillingLine(row.source(), date, descriptor, description, spend, money.currency(),
                row.text(DEPARTMENT), null, null, ChargeKind.SPEND));
    }

    static String first(String a, String b) {
        return a != null ? a : b;
    }
}
