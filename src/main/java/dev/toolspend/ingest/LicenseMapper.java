package dev.toolspend.ingest;

import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.LicenseRow;

import java.util.List;

import static dev.toolspend.ingest.Field.*;

/**
 * A license-register row. A blank billing cycle is taken as monthly (how SaaS prices are quoted);
 * a blank currency as the report currency (decided later, in the analysis).
 */
final class LicenseMapper implements RowMapper<LicenseRow> {

    @Override
    public List<LicenseRow> map(RowValues row) throws ValueException {
        String tool = row.required(TOOL);
        int seats = row.wholeNumber(SEATS);
        RowValues.Money price = row.money(PRICE, CURRENCY);
        if (price.amount().signum() < 0) {
            throw row.invalid(PRICE, "must not be negative");
        }
        BillingCycle cycle = row.text(CYCLE) == null ? BillingCycle.MONTHLY : row.parse(CYCLE, Values::cycle);
        return List.of(new LicenseRow(row.source(), tool, null, row.text(PLAN), seats, price.amount(), cycle,
                price.currency(), row.optionalDate(RENEWAL), row.optionalWholeNumber(NOTICE),
                row.text(OWNER), row.text(DEPARTMENT), row.text(CATEGORY), row.optionalWholeNumber(INACTIVE_AFTER),
                row.optionalBool(EXEMPT), row.optionalBool(AUTO_RENEW)));
    }
}
