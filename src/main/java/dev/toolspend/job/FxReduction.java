package dev.toolspend.job;

import dev.toolspend.analysis.FxTable;
import dev.toolspend.ingest.mapper.Mappers;
import dev.toolspend.ingest.read.InputSource;
import dev.toolspend.ingest.read.RowResult;
import dev.toolspend.ingest.read.TableReader;
import dev.toolspend.ingest.read.Tables;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.job.staging.FxRateDao;
import dev.toolspend.job.staging.StagedSource;
import dev.toolspend.model.FxRate;
import dev.toolspend.model.Rejection;
import dev.toolspend.model.SourceRef;
import org.springframework.batch.core.step.StepExecution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An FX table read whole (a few rows) and checked with the rates of the tables before it: a rate other than 1
 * for the rates' own base, or one that contradicts an earlier rate for the same currency, base and date, is a
 * rejected row. Found while reading, such rows are counted in the table's figures on the console and in the
 * report alike, and only the rates in use are staged.
 */
final class FxReduction implements TableUnitReader.Reduction<FxRate> {

    private final FxRateDao fxRates;
    private final Values values;
    private final String reportCurrency;
    private long instance;

    FxReduction(FxRateDao fxRates, Values values, String reportCurrency) {
        this.fxRates = fxRates;
        this.values = values;
        this.reportCurrency = reportCurrency;
    }

    @Override
    public void beforeStep(long instance, StepExecution step) {
        this.instance = instance;
    }

    @Override
    public TableUnit<FxRate> read(Path inputDir, StagedSource staged) throws IOException {
        InputSource source = staged.source();
        List<FxRate> rates = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try (TableReader<FxRate> reader = Tables.reader(inputDir, source, Mappers.fx(source), values)) {
            for (RowResult<FxRate> result; (result = reader.next()) != null; ) {
                if (result instanceof RowResult.Rejected<FxRate> rejected) {
                    rejections.add(rejected.rejection());
                } else {
                    rates.addAll(((RowResult.Accepted<FxRate>) result).records());
                }
            }
            List<FxRate> known = new ArrayList<>(fxRates.load(instance));
            known.addAll(rates);
            Set<Long> refused = new TreeSet<>();
            for (Rejection rejection : new FxTable(reportCurrency, known).rejections()) {
                if (rejection.source().table().equals(new SourceRef(source.path(), source.sheet(), 0))) {
                    rejections.add(rejection);
                    refused.add(rejection.source().line());
                }
            }
            List<FxRate> used = rates.stream().filter(rate -> !refused.contains(rate.source().line())).toList();
            return new TableUnit<>(staged.seq(), source, used, rejections,
                    reader.stats().rejectingAfterRead(refused.size()));
        }
    }
}
