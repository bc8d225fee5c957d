package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.read.RowMapper;
import dev.toolspend.ingest.read.SkippedRow;
import dev.toolspend.ingest.value.RowValues;
import dev.toolspend.ingest.value.ValueException;
import dev.toolspend.ingest.value.Values;
import dev.toolspend.model.BillingLine;
import dev.toolspend.model.Stake;

import java.util.List;

/**
 * Any billing mapper, its lines marked when their text names an annual cycle ({@code Figma Professional - annual},
 * {@code Abonnement 12 mois}): for a tool without a license row such a line is a year's cost, never ×12.
 */
final class AnnualCycles implements RowMapper<BillingLine> {

    private final RowMapper<BillingLine> lines;

    AnnualCycles(RowMapper<BillingLine> lines) {
        this.lines = lines;
    }

    @Override
    public List<BillingLine> map(RowValues row) throws ValueException, SkippedRow {
        return marked(lines.map(row));
    }

    @Override
    public List<BillingLine> finish() {
        return marked(lines.finish());
    }

    @Override
    public boolean holdsRows() {
        return lines.holdsRows();
    }

    @Override
    public Stake stake(RowValues row) {
        return lines.stake(row);
    }

    private static List<BillingLine> marked(List<BillingLine> mapped) {
        return mapped.stream()
                .map(line -> line.withAnnual(Values.namesAnnualCycle(line.descriptor(), line.description()))).toList();
    }
}
