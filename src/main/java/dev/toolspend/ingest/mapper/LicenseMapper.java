package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.Field;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.BillingCycle;
import dev.toolspend.model.LicenseRow;
import dev.toolspend.model.Message;

import java.util.List;

import static dev.toolspend.ingest.header.Field.*;

/**
 * A license-register row. A blank billing cycle or currency stays blank here: the analysis decides
 * (monthly, with a note; the report currency).
 */
final class LicenseMapper implements RowMapper<LicenseRow> {

    static final int MAX_DAYS = 3650;

    @Override
    public List<LicenseRow> map(RowValues row) throws ValueException {
        String tool = row.required(TOOL);
        int seats = row.wholeNumber(SEATS);
        RowValues.Money price = row.money(PRICE, CURRENCY);
        if (price.amount().signum() < 0) {
            throw row.invalid(PRICE, Message.of("value.negative"));
        }
        BillingCycle cycle = row.text(CYCLE) == null ? null : row.parse(CYCLE, Values::cycle);
        return List.of(new LicenseRow(row.source(), tool, null, row.text(PLAN), seats, price.amount(), cycle,
                price.currency(), row.optionalDate(RENEWAL), days(row, NOTICE),
                row.text(OWNER), row.text(DEPARTMENT), row.text(CATEGORY), days(row, INACTIVE_AFTER),
                row.optionalBool(EXEMPT), row.optionalBool(AUTO_RENEW)));
    }

    /** A number of days, at most ten years: anything longer is a typing error, not a notice period. */
    private static Integer days(RowValues row, Field field) throws ValueException {
        Integer days = row.optionalWholeNumber(field);
        if (days != null && days > MAX_DAYS) {
            throw row.invalid(field, Message.of("value.maxDays", (long) MAX_DAYS));
        }
        return days;
    }
}
