package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.FxRate;
import dev.toolspend.model.Message;

import java.util.List;

import static dev.toolspend.ingest.header.Field.*;

/** An FX rate: units of report currency per unit of the row's currency. */
final class FxMapper implements RowMapper<FxRate> {

    @Override
    public List<FxRate> map(RowValues row) throws ValueException {
        String currency = row.parse(CURRENCY, Values::currency);
        var rate = row.nonNegative(RATE);
        if (rate.signum() == 0) {
            throw row.invalid(RATE, Message.of("value.ratePositive"));
        }
        return List.of(new FxRate(row.source(), currency, rate));
    }
}
