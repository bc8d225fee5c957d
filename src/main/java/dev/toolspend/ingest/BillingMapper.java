package dev.toolspend.ingest;

import dev.toolspend.model.BillingLine;

import static dev.toolspend.ingest.Field.*;

/** A billing row: date, vendor (or description), amount, optional currency and department. */
public final class BillingMapper implements RowMapper<BillingLine> {

    @Override
    public BillingLine map(RowValues row) throws ValueException {
        var date = row.date(DATE);
        String vendor = row.text(VENDOR);
        String description = row.text(DESCRIPTION);
        if (vendor == null && description == null) {
            throw row.invalid(row.has(VENDOR) ? VENDOR : DESCRIPTION, "vendor and description are both blank");
        }
        var amount = row.amount(AMOUNT);
        return new BillingLine(row.source(), date, vendor, description, amount,
                row.optionalCurrency(CURRENCY), row.text(DEPARTMENT), null, null, null);
    }
}
