package dev.toolspend.analysis;

import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.Period;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.Stake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Money the figures leave out, for one kind of input and one cause: what makes a report incomplete, stated
 * on its first screen.
 *
 * @param kind              {@link InputKind#BILLING} (spend in the period) or {@link InputKind#LICENSES} (annual cost)
 * @param count             billing lines or license rows; files and sheets for {@link Cause#NOT_READ}
 * @param amounts           what they amount to in their own currencies, by currency (license rows: a year)
 * @param withoutAmount     of {@code count}, the rows whose amount could not be read
 * @param currencies        for {@link Cause#NO_FX_RATE}, the currencies without a rate
 */
public record NotCounted(InputKind kind, Cause cause, long count, SortedMap<String, BigDecimal> amounts,
                         long withoutAmount, SortedSet<String> currencies) {

    public enum Cause {
        /** An amount in a currency the FX files give no rate for (on its date). */
        NO_FX_RATE,
        /** A row rejected for what it holds (an unreadable amount, date or currency…): Data quality says which. */
        REJECTED,
        /** A file or sheet not read at all that may hold billing: unreadable, or a billing table lacking a column. */
        NOT_READ
    }

    public NotCounted {
        amounts = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(amounts));
        currencies = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(currencies));
    }

    /** Reasons a file or sheet is left unread on purpose, or that show it holds no billing. */
    private static final Set<String> DELIBERATE = Set.of("ignored.notTable", "ignored.noSheet", "ignored.hiddenSheet",
            "ignored.empty", "ignored.noHeader", "ignored.linkToFolder", "ignored.lockFile", "ignored.hidden",
            "ignored.duplicate");

    /**
     * What was not counted, by kind and cause, in that order. A billing row counts when its date is unreadable or
     * in the period (a row dated in another month would not have counted anyway).
     *
     * @param billingWithoutRate  billing lines found without a rate by the analysis itself (the job finds them while
     *                            reading, and they come in {@code unread})
     * @param licensesWithoutRate license rows whose currency has no rate: their annual cost in their currency
     */
    static List<NotCounted> tally(Period period, String reportCurrency, Unread unread,
                                  List<Rejection> billingWithoutRate, List<Stake> licensesWithoutRate) {
        Map<InputKind, Map<Cause, Tally>> tallies = new EnumMap<>(InputKind.class);
        List<Rejection> billing = new ArrayList<>(unread.billingRows());
        billing.addAll(billingWithoutRate);
        for (Rejection row : billing) {
            Stake stake = row.stake();
            if (row.source().line() == 0) {
                tally(tallies, InputKind.BILLING, Cause.NOT_READ).count++;
            } else if (stake == null || stake.date() == null || period.contains(stake.date())) {
                Cause cause = FxTable.isNoRate(row) ? Cause.NO_FX_RATE : Cause.REJECTED;
                tally(tallies, InputKind.BILLING, cause).add(stake, reportCurrency);
            }
        }
        for (IgnoredInput file : unread.notRead()) {
            if (mayHoldBilling(file)) {
                tally(tallies, InputKind.BILLING, Cause.NOT_READ).count++;
            }
        }
        licensesWithoutRate.forEach(cost -> tally(tallies, InputKind.LICENSES, Cause.NO_FX_RATE).add(cost, reportCurrency));
        unread.licenseRows().forEach(row -> tally(tallies, InputKind.LICENSES,
                row.source().line() == 0 ? Cause.NOT_READ : Cause.REJECTED).add(null, reportCurrency));
        List<NotCounted> out = new ArrayList<>();
        tallies.forEach((kind, byCause) -> byCause.forEach((cause, t) -> out.add(new NotCounted(kind, cause, t.count,
                t.amounts, t.withoutAmount, cause == Cause.NO_FX_RATE ? t.amounts.navigableKeySet() : new TreeSet<>()))));
        return List.copyOf(out);
    }

    /** A file not read may hold billing when it looks like a billing table, or could not be opened or read. */
    static boolean mayHoldBilling(IgnoredInput file) {
        String key = file.reason().key();
        return key.equals("ignored.looksLike." + InputKind.BILLING)
                || !(DELIBERATE.contains(key) || key.startsWith("ignored.looksLike."));
    }

    private static Tally tally(Map<InputKind, Map<Cause, Tally>> tallies, InputKind kind, Cause cause) {
        return tallies.computeIfAbsent(kind, k -> new EnumMap<>(Cause.class)).computeIfAbsent(cause, c -> new Tally());
    }

    private static final class Tally {
        long count;
        long withoutAmount;
        final TreeMap<String, BigDecimal> amounts = new TreeMap<>();

        void add(Stake stake, String reportCurrency) {
            count++;
            if (stake == null || stake.amount() == null) {
                withoutAmount++;
            } else {
                amounts.merge(stake.currency() == null ? reportCurrency : stake.currency(), stake.amount(),
                        BigDecimal::add);
            }
        }
    }
}
