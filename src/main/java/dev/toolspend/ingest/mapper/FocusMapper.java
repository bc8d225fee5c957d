package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.ChargeKind;
import dev.toolspend.model.Message;
import dev.toolspend.model.Stake;

import java.util.List;

import static dev.toolspend.ingest.header.Field.*;

/**
 * A FOCUS 1.0–1.3 cost row (FinOps Open Cost and Usage Specification): cost = {@code BilledCost} in
 * {@code BillingCurrency}, dated {@code ChargePeriodStart} (the UTC day it names, not converted to the
 * configured zone, or October charges starting at midnight UTC would fall in September); the descriptor is {@code ServiceName}, else
 * the publisher ({@code PublisherName}, {@code ServiceProviderName} in 1.3), else the provider.
 * {@code ChargeCategory} Purchase and Usage are spend, Credit and Adjustment net against it, Tax is
 * kept apart.
 */
final class FocusMapper implements RowMapper<BillingLine> {

    @Override
    public Stake stake(RowValues row) {
        return row.stake(AMOUNT, CURRENCY, DATE, true);
    }

    @Override
    public List<BillingLine> map(RowValues row) throws ValueException {
        ChargeKind kind = row.parse(CHARGE_CATEGORY, FocusMapper::kind);
        var date = row.dateAsWritten(DATE);
        RowValues.Money cost = row.money(AMOUNT, CURRENCY);
        String descriptor = CardStatementMapper.first(row.text(SERVICE),
                CardStatementMapper.first(row.text(PUBLISHER), row.text(PROVIDER)));
        String description = row.text(DESCRIPTION);
        if (descriptor == null && description == null) {
            throw row.invalid(row.has(SERVICE) ? SERVICE : PROVIDER, Message.of("value.focusNoName"));
        }
        // who bills the line: the marketplace publisher, else the cloud provider (the matcher reads it as a vendor)
        String biller = CardStatementMapper.first(row.text(PUBLISHER), row.text(PROVIDER));
        return List.of(new BillingLine(row.source(), date, descriptor, description, cost.amount(), cost.currency(),
                null, null, null, kind, biller == null ? descriptor : biller, null));
    }

    static ChargeKind kind(String category) throws ValueException {
        return switch (HeaderSchema.normalise(category)) {
            case "purchase", "usage", "credit", "adjustment" -> ChargeKind.SPEND;
            case "tax" -> ChargeKind.TAX;
            default -> throw new ValueException(Message.of("value.focusCategory"));
        };
    }
}
