package dev.toolspend.analysis;

import dev.toolspend.model.BillingLine;
import dev.toolspend.model.FxRate;
import dev.toolspend.model.Message;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SourceRef;
import dev.toolspend.model.Stake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Converts amounts to the report currency with the rates the files give. A rate is units of a base currency per
 * unit of another: the base a file states (its rate column's header, {@code Taux (CAD)}), else the currency it
 * gives a rate of 1, else the report currency. An amount converts through a base both its currency and the report
 * currency have a rate in (cross rates: a CAD-based file serves a USD report), with the rate in effect on its date
 * (rates by date or month; a rate without a date serves every date). A currency without a rate is never
 * converted 1:1. The first rate given for a currency, base and date wins; a conflicting later one is rejected.
 */
public final class FxTable {

    /** One rate in use: units of {@code base} per unit of {@code currency}, from {@code effective} (null: always). */
    public record Entry(String currency, String base, LocalDate effective, BigDecimal rate, SourceRef source) {
    }

    private final String reportCurrency;
    /** currency → base → effective date (a date before every other for an undated rate) → rate. */
    private final Map<String, Map<String, TreeMap<LocalDate, Entry>>> rates = new TreeMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    /** The bases any rate is given in, alphabetically: the order a conversion tries them in. */
    private final List<String> bases;
    /** Whether any rate is given by date (then a missing one is said with the date it was wanted for). */
    private final boolean dated;

    private static final LocalDate ALWAYS = LocalDate.MIN;
    private static final String NO_RATE = "fx.noRate";
    private static final String NO_RATE_ON = "fx.noRateOn";

    public FxTable(String reportCurrency, List<FxRate> rows) {
        this.reportCurrency = reportCurrency;
        Map<SourceRef, List<FxRate>> byTable = new LinkedHashMap<>();
        rows.forEach(r -> byTable.computeIfAbsent(r.source().table(), k -> new ArrayList<>()).add(r));
        byTable.values().forEach(this::addTable);
        this.bases = rates.values().stream().flatMap(byBase -> byBase.keySet().stream()).distinct().sorted().toList();
        this.dated = entries().stream().anyMatch(e -> e.effective() != null);
    }

    private void addTable(List<FxRate> rows) {
        List<String> ones = rows.stream().filter(r -> r.base() == null && r.rate().compareTo(BigDecimal.ONE) == 0)
                .map(FxRate::currency).distinct().toList();
        String tableBase = ones.size() == 1 ? ones.get(0) : reportCurrency;
        for (FxRate row : rows) {
            add(row, row.base() != null ? row.base() : tableBase);
        }
    }

    private void add(FxRate row, String base) {
        if (row.currency().equals(base)) {
            if (row.rate().compareTo(BigDecimal.ONE) != 0) {
                rejections.add(Rejection.ofField(row.source(), "RATE", row.rate().toPlainString(),
                        Message.of("fx.baseRate", base)));
            }
            return;
        }
        LocalDate from = row.effective() == null ? ALWAYS : row.effective();
        Entry known = rates.computeIfAbsent(row.currency(), c -> new TreeMap<>())
                .computeIfAbsent(base, b -> new TreeMap<>()).putIfAbsent(from,
                        new Entry(row.currency(), base, row.effective(), row.rate(), row.source()));
        if (known != null && known.rate().compareTo(row.rate()) != 0) {
            rejections.add(Rejection.ofField(row.source(), "RATE", row.rate().toPlainString(),
                    Message.of("fx.conflict", row.currency(), known.rate())));
        }
    }

    /**
     * Units of report currency per unit of {@code currency} on {@code date}: 1 for the report currency (and a
     * blank currency), else through the first base, alphabetically, where both have a rate in effect.
     */
    public Optional<BigDecimal> rate(String currency, LocalDate date) {
        return convert(BigDecimal.ONE, currency, date);
    }

    /**
     * The amount in report currency on {@code date}: multiplied by its currency's rate to the base, then divided
     * by the report currency's (so that 138 CAD is exactly 100 USD at 1.38).
     */
    public Optional<BigDecimal> convert(BigDecimal amount, String currency, LocalDate date) {
        if (currency == null || currency.equals(reportCurrency)) {
            return Optional.of(amount);
        }
        for (String base : bases) {
            BigDecimal toBase = currency.equals(base) ? BigDecimal.ONE : inEffect(currency, base, date);
            BigDecimal reportToBase = reportCurrency.equals(base) ? BigDecimal.ONE : inEffect(reportCurrency, base, date);
            if (toBase != null && reportToBase != null) {
                BigDecimal inBase = amount.multiply(toBase);
                return Optional.of(reportToBase.compareTo(BigDecimal.ONE) == 0 ? inBase
                        : inBase.divide(reportToBase, Rules.PRECISION));
            }
        }
        return Optional.empty();
    }

    /** The rate in effect on the date: the latest from that date or before, an undated one otherwise. */
    private BigDecimal inEffect(String currency, String base, LocalDate date) {
        TreeMap<LocalDate, Entry> dated = rates.getOrDefault(currency, Map.of()).get(base);
        if (dated == null) {
            return null;
        }
        Map.Entry<LocalDate, Entry> entry = dated.floorEntry(date == null ? LocalDate.MAX : date);
        return entry == null ? null : entry.getValue().rate();
    }

    /** Every rate in use, by currency, base and date. */
    public List<Entry> entries() {
        return rates.values().stream().flatMap(byBase -> byBase.values().stream())
                .flatMap(dated -> dated.values().stream())
                .sorted(Comparator.comparing(Entry::currency).thenComparing(Entry::base)
                        .thenComparing(e -> e.effective() == null ? ALWAYS : e.effective()))
                .toList();
    }

    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    public String reportCurrency() {
        return reportCurrency;
    }

    /**
     * A billing line in a currency without a rate on its date, as a rejected row: why (with the date when rates are
     * given by date), and the money it would have counted.
     */
    public Rejection noRate(BillingLine line) {
        Message reason = dated && line.date() != null ? Message.of(NO_RATE_ON, line.currency(), line.date())
                : Message.of(NO_RATE, line.currency());
        return Rejection.ofField(line.source(), "CURRENCY", line.currency(), reason)
                .withStake(new Stake(line.amount(), line.currency(), line.date()));
    }

    /** Whether a rejection is an amount in a currency without a rate. */
    static boolean isNoRate(Rejection rejection) {
        return rejection.reason().key().equals(NO_RATE) || rejection.reason().key().equals(NO_RATE_ON);
    }
}
