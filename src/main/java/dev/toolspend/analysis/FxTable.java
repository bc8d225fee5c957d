package dev.toolspend.analysis;

import dev.toolspend.model.FxRate;
import dev.toolspend.model.Message;
import dev.toolspend.model.Rejection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Converts amounts to the report currency. A currency without a rate is never converted 1:1.
 * The first rate given for a currency wins; a conflicting later one is rejected.
 */
public final class FxTable {

    private final String reportCurrency;
    private final Map<String, BigDecimal> rates = new TreeMap<>();
    private final List<Rejection> rejections = new ArrayList<>();

    public FxTable(String reportCurrency, List<FxRate> rows) {
        this.reportCurrency = reportCurrency;
        for (FxRate row : rows) {
            add(row);
        }
    }

    private void add(FxRate row) {
        if (row.currency().equals(reportCurrency)) {
            if (row.rate().compareTo(BigDecimal.ONE) != 0) {
                rejections.add(Rejection.ofField(row.source(), "RATE", row.rate().toPlainString(),
                        Message.of("fx.reportCurrencyRate", reportCurrency)));
            }
            return;
        }
        BigDecimal known = rates.get(row.currency());
        if (known == null) {
            rates.put(row.currency(), row.rate());
        } else if (known.compareTo(row.rate()) != 0) {
            rejections.add(Rejection.ofField(row.source(), "RATE", row.rate().toPlainString(),
                    Message.of("fx.conflict", row.currency(), known)));
        }
    }

    /** Rate to the report currency; a blank currency means the report currency. */
    public Optional<BigDecimal> rate(String currency) {
        if (currency == null || currency.equals(reportCurrency)) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.ofNullable(rates.get(currency));
    }

    public Optional<BigDecimal> convert(BigDecimal amount, String currency) {
        return rate(currency).map(amount::multiply);
    }

    /** The rates given, by currency (the report currency not included). */
    public Map<String, BigDecimal> rates() {
        return Collections.unmodifiableMap(rates);
    }

    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    public String reportCurrency() {
        return reportCurrency;
    }

}
