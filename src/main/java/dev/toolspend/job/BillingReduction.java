package dev.toolspend.job;

import dev.toolspend.analysis.FxTable;
import dev.toolspend.catalog.Match;
import dev.toolspend.catalog.ToolMatcher;
import dev.toolspend.ingest.fast.PlainCsvRanges;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.read.RowResult;
import dev.toolspend.ingest.read.TableReader;
import dev.toolspend.ingest.read.Tables;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.job.staging.FxRateDao;
import dev.toolspend.job.staging.LicenseDao;
import dev.toolspend.job.staging.SeatDao;
import dev.toolspend.job.staging.StagedSource;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.ChargeKind;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.Message;
import dev.toolspend.model.Period;
import dev.toolspend.model.Rejection;
import org.springframework.batch.core.step.StepExecution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A billing table reduced while it is read to what the rules use: lines dated outside the period are
 * counted and dropped (no rule reads them); lines in the period are resolved to tools and summed per
 * tool, currency and kind — an unrecognised line per normalised descriptor and raw descriptor, so that
 * Unrecognised spend keeps its examples. Each sum keeps its first line as source and how many lines it
 * stands for. A line in the period in a currency without an FX rate (on its date) is a rejected row, with the
 * money it would have counted.
 * Exact: amounts are summed as decimals and a sum converts exactly as its lines do. A CSV without quotes
 * is read in ranges on every core ({@link PlainCsvRanges}), the ranges' sums merged in file order.
 */
final class BillingReduction implements TableUnitReader.Reduction<BillingLine> {

    /** Cached matches are forgotten past this many distinct descriptors, so memory stays bounded. */
    private static final int MATCH_CACHE = 50_000;

    private final CatalogProvider catalogs;
    private final LicenseDao licenses;
    private final SeatDao seats;
    private final FxRateDao fxRates;
    private final Values values;
    private final String reportCurrency;
    private final RunCache cache;
    private ToolMatcher matcher;
    private Set<String> namedTools;
    private FxTable fx;
    private Period period;

    BillingReduction(CatalogProvider catalogs, LicenseDao licenses, SeatDao seats, FxRateDao fxRates, Values values,
                     String reportCurrency, RunCache cache) {
        this.catalogs = catalogs;
        this.licenses = licenses;
        this.seats = seats;
        this.fxRates = fxRates;
        this.values = values;
        this.reportCurrency = reportCurrency;
        this.cache = cache;
    }

    @Override
    public void beforeStep(long instance, StepExecution step) {
        matcher = catalogs.catalog(instance).matcher();
        namedTools = new TreeSet<>(licenses.toolIds(instance));     // what the register and usage name
        namedTools.addAll(seats.toolIds(instance));
        fx = new FxTable(reportCurrency, fxRates.load(instance));
        period = Period.parse(JobParams.of(step).period());
    }

    /** One part's sums (a whole table, or one range of a table read in parallel). */
    private static final class Sums {
        final Map<MatchKey, Match> matches = new HashMap<>();
        final Map<SumKey, BillingLine> sums = new LinkedHashMap<>();
        final List<BillingLine> withoutRate = new ArrayList<>();
    }

    @Override
    public TableUnit<BillingLine> read(Path inputDir, StagedSource staged) throws IOException {
        PlainCsvRanges.Result<Sums> parts = PlainCsvRanges.read(inputDir, staged.source(), values, cache.current().threads(),
                Mappers::billing, Sums::new, this::add);
        if (parts != null) {
            Sums all = new Sums();
            for (Sums part : parts.states()) {          // in file order: a sum keeps its first line
                part.sums.forEach((key, line) -> all.sums.merge(key, line, BillingLine::plus));
                all.withoutRate.addAll(part.withoutRate);
            }
            return unit(staged, all, parts.rejections(), parts.stats());
        }
        Sums all = new Sums();
        List<Rejection> rejections = new ArrayList<>();
        try (TableReader<BillingLine> reader = Tables.reader(inputDir, staged.source(),
                Mappers.billing(staged.source()), values)) {
            for (RowResult<BillingLine> result; (result = reader.next()) != null; ) {
                if (result instanceof RowResult.Rejected<BillingLine> rejected) {
                    rejections.add(rejected.rejection());
                } else {
                    ((RowResult.Accepted<BillingLine>) result).records().forEach(line -> add(all, line));
                }
            }
            return unit(staged, all, rejections, reader.stats());
        }
    }

    private void add(Sums part, BillingLine line) {
        if (!period.contains(line.date())) {
            return;
        }
        BillingLine resolved = resolve(line, part.matches);
        if (fx.rate(resolved.currency(), resolved.date()).isEmpty()) {
            part.withoutRate.add(resolved);
        } else {
            part.sums.merge(key(resolved), resolved, BillingLine::plus);
        }
    }

    /**
     * The table's sums, and its lines in a currency without an FX rate as rejected rows: found while reading, they
     * are counted in the table's figures on the console and in the report alike.
     */
    private TableUnit<BillingLine> unit(StagedSource staged, Sums all, List<Rejection> rejections, FileStats stats) {
        List<BillingLine> lines = new ArrayList<>(all.sums.values());
        lines.sort(Comparator.comparingLong((BillingLine l) -> l.source().line()).thenComparing(BillingLine::kind));
        List<Rejection> allRejections = new ArrayList<>(rejections);
        Set<Long> rowsWithoutRate = new TreeSet<>();
        for (BillingLine line : all.withoutRate) {
            allRejections.add(fx.noRate(line));
            rowsWithoutRate.add(line.source().line());
        }
        return new TableUnit<>(staged.seq(), staged.source(), lines, allRejections,
                stats.rejectingAfterRead(rowsWithoutRate.size()));
    }

    /** What a match depends on. (equals and hashCode by hand: the generated ones cost more per line, cold.) */
    private record MatchKey(String provider, String descriptor, String description) {
        @Override
        public boolean equals(Object o) {
            return o instanceof MatchKey k && Objects.equals(descriptor, k.descriptor)
                    && Objects.equals(description, k.description) && Objects.equals(provider, k.provider);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(descriptor) * 31 + Objects.hashCode(description)) * 31 + Objects.hashCode(provider);
        }
    }

    private BillingLine resolve(BillingLine line, Map<MatchKey, Match> matches) {
        MatchKey key = new MatchKey(line.provider(), line.descriptor(), line.description());
        Match match = matches.get(key);
        if (match == null) {
            match = line.provider() == null
                    ? matcher.matchCharge(line.descriptor(), line.description(), namedTools)
                    : matcher.matchCloudCharge(line.provider(), line.descriptor(), namedTools);
            if (matches.size() >= MATCH_CACHE) {
                matches.clear();
            }
            matches.put(key, match);
        }
        return line.resolved(match.toolId(), match.normalised(), match.rule());
    }

    /**
     * Lines that the rules cannot tell apart are summed: same tool, currency, kind and cycle named; or, unrecognised,
     * same descriptor (normalised and raw), rule, currency, kind and cycle named.
     */
    private record SumKey(String toolId, String descriptorKey, String raw, Message rule, String currency,
                          ChargeKind kind, boolean annual) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SumKey k && kind == k.kind && annual == k.annual && Objects.equals(toolId, k.toolId)
                    && Objects.equals(currency, k.currency) && Objects.equals(descriptorKey, k.descriptorKey)
                    && Objects.equals(raw, k.raw) && Objects.equals(rule, k.rule);
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(toolId);
            h = h * 31 + Objects.hashCode(descriptorKey);
            h = h * 31 + Objects.hashCode(raw);
            h = h * 31 + Objects.hashCode(rule);
            h = h * 31 + Objects.hashCode(currency);
            h = h * 31 + Objects.hashCode(kind);
            return h * 31 + Boolean.hashCode(annual);
        }
    }

    private static SumKey key(BillingLine line) {
        if (line.toolId() != null) {
            return new SumKey(line.toolId(), null, null, null, line.currency(), line.kind(), line.annual());
        }
        String raw = line.descriptor() != null ? line.descriptor() : line.description();
        return new SumKey(null, line.descriptorKey(), raw, line.matchRule(), line.currency(), line.kind(), line.annual());
    }
}
