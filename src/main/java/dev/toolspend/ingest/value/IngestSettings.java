package dev.toolspend.ingest.value;

import dev.toolspend.ingest.table.ReadLimits;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * What the configuration says about reading inputs, used only when a file does not settle it itself.
 *
 * @param zone           event timestamps are converted to this zone before their date is taken
 * @param decimalMark    the decimal mark of an amount column whose values could be read either way
 * @param dateOrder      the day/month order of a date column whose values are all ambiguous
 * @param reportCurrency what a bare {@code $} means when the file has no currency column (if it is a dollar)
 * @param limits         how much of a file is read at most ({@link ReadLimits})
 * @param settle         a file changed this recently is looked at again once this time has passed, and left for the
 *                       next run if it is still changing (a copy or a download under way)
 */
public record IngestSettings(ZoneId zone, DecimalMark decimalMark, DateOrder dateOrder, String reportCurrency,
                             ReadLimits limits, java.time.Duration settle) {

    /** Currencies written with a bare {@code $}. */
    static final Set<String> DOLLARS = Set.of("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "TWD", "ARS", "CLP",
            "COP", "JMD", "TTD", "BSD", "BBD", "BMD", "BZD", "KYD", "XCD", "FJD");

    public IngestSettings {
        if (zone == null || decimalMark == null || dateOrder == null) {
            throw new IllegalArgumentException("zone, decimal mark and date order are required");
        }
        limits = limits == null ? ReadLimits.DEFAULTS : limits;
        settle = settle == null ? java.time.Duration.ZERO : settle;
    }

    /** With the default read limits. */
    public IngestSettings(ZoneId zone, DecimalMark decimalMark, DateOrder dateOrder, String reportCurrency) {
        this(zone, decimalMark, dateOrder, reportCurrency, ReadLimits.DEFAULTS, java.time.Duration.ZERO);
    }

    /** Toronto time, decimal point, month/day/year, no report currency: how most North American exports are written. */
    public static IngestSettings defaults(ZoneId zone) {
        return new IngestSettings(zone, DecimalMark.POINT, DateOrder.MDY, null);
    }

    public static IngestSettings of(ZoneId zone, Locale locale, DateOrder order, String reportCurrency,
                                    ReadLimits limits, java.time.Duration settle) {
        return new IngestSettings(zone, DecimalMark.of(locale), order, reportCurrency, limits, settle);
    }

    public IngestSettings withLimits(ReadLimits changed) {
        return new IngestSettings(zone, decimalMark, dateOrder, reportCurrency, changed, settle);
    }

    public IngestSettings withSettle(java.time.Duration changed) {
        return new IngestSettings(zone, decimalMark, dateOrder, reportCurrency, limits, changed);
    }

    /** The currency a bare {@code $} stands for: the report currency when it is a dollar, else none. */
    String bareDollar() {
        return reportCurrency != null && DOLLARS.contains(reportCurrency) ? reportCurrency : null;
    }
}
