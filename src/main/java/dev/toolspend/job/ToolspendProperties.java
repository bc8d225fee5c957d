package dev.toolspend.job;

import dev.toolspend.analysis.Parameters;
import dev.toolspend.ingest.value.DateOrder;
import dev.toolspend.ingest.value.IngestSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Settings under {@code toolspend.*} (application.yml; each can be overridden on the command line).
 *
 * @param currency    the report currency; other currencies need a rate in the FX file
 * @param language    report language, {@code en} or {@code fr}
 * @param timeZone    event timestamps are converted to this zone before their date is taken
 * @param dataDir     where the job repository (HSQLDB files) lives
 * @param catalog     an optional user catalog file (CSV or workbook) laid over the shipped catalog
 * @param inputLocale the decimal mark of amount columns whose values cannot settle it ({@code fr-CA}: comma)
 * @param dateOrder   day/month order of date columns whose values cannot settle it ({@code DMY} or {@code MDY})
 */
@ConfigurationProperties("toolspend")
public record ToolspendProperties(String currency, String language, ZoneId timeZone, String dataDir, String catalog,
                                  Rules rules, Locale inputLocale, DateOrder dateOrder) {

    /** The thresholds of PRODUCT.md's rules. */
    public record Rules(int inactiveAfterDays, BigDecimal underusedBelow, BigDecimal headroom, int renewalHorizonDays,
                        int defaultNoticeDays) {
    }

    public ToolspendProperties {
        inputLocale = inputLocale == null ? Locale.CANADA : inputLocale;
        dateOrder = dateOrder == null ? DateOrder.MDY : dateOrder;
    }

    public Parameters parameters() {
        return new Parameters(rules.inactiveAfterDays(), rules.underusedBelow(), rules.headroom(),
                rules.renewalHorizonDays(), rules.defaultNoticeDays());
    }

    /** What ingest falls back on when a file does not settle its own formats. */
    public IngestSettings ingestSettings() {
        return IngestSettings.of(timeZone, inputLocale, dateOrder, currency);
    }
}
