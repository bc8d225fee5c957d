package dev.toolspend.job;

import dev.toolspend.analysis.FxTable;
import dev.toolspend.catalog.Match;
import dev.toolspend.catalog.ToolMatcher;
import dev.toolspend.ingest.Mappers;
import dev.toolspend.ingest.RowResult;
import dev.toolspend.ingest.TableReader;
import dev.toolspend.ingest.Tables;
import dev.toolspend.ingest.Values;
import dev.toolspend.model.BillingLine;
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
import java.util.Set;

/**
 * A billing table reduced while it is read to what the rules use: lines dated outside the period are
 * counted and dropped (no rule reads them); lines in the period are resolved to tools and summed per
 * tool, currency and kind — an unrecognised line per normalised descriptor and raw descriptor, so that
 * Unrecognised spend keeps its examples. Each sum keeps its first line as source and how many lines it
 * stands for. A line in a currency without an FX rate stays on its own, so that Data quality names it.
 * Exact: amounts are summed as decimals and a sum converts exactly as its lines do.
 */
final class BillingTables implements TableUnitReader.Reduction<BillingLine> {

    /** Cached matches are forgotten past this many distinct descriptors, so memory stays bounded. */
    private static final int MATCH_CACHE = 50_000;

    private final CatalogProvider catalogs;
    private final Staging staging;
    private final Values values;
    private final String reportCurrency;
    private ToolMatcher matcher;
    private Set<String> namedTools;
    private FxTable fx;
    private Period period;

    BillingTables(CatalogProvider catalogs, Staging staging, Values values, String reportCurrency) {
        this.catalogs = catalogs;
        this.staging = staging;
        this.values = values;
        this.reportCurrency = reportCurrency;
    }

    @Override
    public void beforeStep(long instance, StepExecution step) {
        matcher = catalogs.catalog(instance, staging).matcher();
        namedTools = staging.namedToolIds(instance);
        fx = new FxTable(reportCurrency, staging.fxRates(instance));
        period = Period.parse(JobParams.of(step).period());
    }

    @Override
    public TableUnit<BillingLine> read(Path inputDir, Staging.StagedSource staged) throws IOException {
        Map<String, Match> matches = new HashMap<>();
        Map<String, BillingLine> sums = new LinkedHashMap<>();
        List<BillingLine> alone = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (TableReader<BillingLine> reader = Tables.reader(inputDir, staged.source(),
                Mappers.billing(staged.source()), values)) {
            for (RowResult<BillingLine> result; (result = reader.next()) != null; ) {
                if (result instanceof RowResult.Rejected<BillingLine> rejected) {
                    rejections.add(rejected.rejection());
                    continue;
                }
                for (BillingLine line : ((RowResult.Accepted<BillingLine>) result).records()) {
                    if (!period.contains(line.date())) {
                        continue;
                    }
                    BillingLine resolved = resolve(line, matches);
                    if (fx.rate(resolved.currency()).isEmpty()) {
                        alone.add(resolved);
                    } else {
                        sums.merge(key(resolved), resolved, BillingLine::plus);
                    }
                }
            }
            List<BillingLine> lines = new ArrayList<>(sums.values());
            lines.addAll(alone);
            lines.sort(Comparator.comparingLong((BillingLine l) -> l.source().line()).thenComparing(BillingLine::kind));
            return new TableUnit<>(staged.seq(), staged.source(), lines, rejections, reader.stats());
        }
    }

    private BillingLine resolve(BillingLine line, Map<String, Match> matches) {
        String key = line.provider() + "\u0000" + line.descriptor() + "\u0000" + line.description();
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

    /** Lines that the rules cannot tell apart are summed: same tool (or descriptor), currency and kind. */
    private static String key(BillingLine line) {
        String currency = line.currency() == null ? "" : line.currency();
        if (line.toolId() != null) {
            return "T\u0000" + line.toolId() + "\u0000" + currency + "\u0000" + line.kind();
        }
        String raw = line.descriptor() != null ? line.descriptor() : line.description();
        return "U\u0000" + line.descriptorKey() + "\u0000" + raw + "\u0000" + line.matchRule() + "\u0000" + currency
                + "\u0000" + line.kind();
    }
}
