package dev.toolspend.ingest;

import dev.toolspend.model.FxRate;

import java.util.List;

import static dev.toolspend.ingest.Field.*;

/** An FX rate: units of report currency per unit of the row's currency. */
final class FxMapper implements RowMapper<FxRate> {

    @Override
    public List<FxRate> map(RowValues row) throws ValueException {
        String currency = row.parse(CURRENCY, Values::currency);
        var rate = row.nonNegative(RATE);
        if (rate.signum() == 0) {
            throw row.invalid(RATE, "rate must be above 0");
        }
        return List.of(new FxRate(row.source(), currency, rate));
    }
}
