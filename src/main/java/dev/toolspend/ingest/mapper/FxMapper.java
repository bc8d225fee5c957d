package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.header.HeaderSchema;
import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.FxRate;
import dev.toolspend.model.Message;

import java.time.LocalDate;
import java.util.List;

import static dev.toolspend.ingest.header.Field.*;

/**
 * An FX rate: units of a base currency per unit of the row's currency. The base is the row's base column, else
 * the currency the rate column's header names ({@code Taux (CAD)}, {@code Rate to CAD}), else left to the
 * analysis (the file's, or the report currency). A date or month column says from when the rate is in effect.
 */
final class FxMapper implements RowMapper<FxRate> {

    private final String headerBase;

    FxMapper(String rateHeader) {
        this.headerBase = HeaderSchema.currencyIn(rateHeader);
    }

    @Override
    public List<FxRate> map(RowValues row) throws ValueException {
        String currency = row.parse(CURRENCY, Values::currency);
        var rate = row.nonNegative(RATE);
        if (rate.signum() == 0) {
            throw row.invalid(RATE, Message.of("value.ratePositive"));
        }
        String base = row.text(BASE) != null ? row.parse(BASE, Values::currency) : headerBase;
        LocalDate effective = row.optionalDate(EFFECTIVE);
        if (effective == null && row.text(MONTH) != null) {
            effective = row.parse(MONTH, Values::month).atDay(1);
        }
        return List.of(new FxRate(row.source(), currency, rate, base, effective));
    }
}
