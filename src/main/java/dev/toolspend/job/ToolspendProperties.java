package dev.toolspend.job;

import dev.toolspend.analysis.Parameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * Settings under {@code toolspend.*} (application.yml; each can be overridden on the command line).
 *
 * @param currency  the report currency; other currencies need a rate in the FX file
 * @param language  report language, {@code en} or {@code fr}
 * @param timeZone  event timestamps are converted to this zone before their date is taken
 * @param dataDir   where the job repository (HSQLDB files) lives
 * @param catalog   an optional user catalog file (CSV or workbook) laid over the shipped catalog
 */
@ConfigurationProperties("toolspend")
public record ToolspendProperties(String currency, String language, ZoneId timeZone, String dataDir, String catalog,
                                  Rules rules) {

    /** The thresholds of PRODUCT.md's rules. */
    public record Rules(int inactiveAfterDays, BigDecimal underusedBelow, BigDecimal headroom, int renewalHorizonDays,
                        int defaultNoticeDays) {
    }

    public Parameters parameters() {
        return new Parameters(rules.inactiveAfterDays(), rules.underusedBelow(), rules.headroom(),
                rules.renewalHorizonDays(), rules.defaultNoticeDays());
    }
}
