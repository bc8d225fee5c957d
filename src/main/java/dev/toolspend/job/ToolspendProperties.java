package dev.toolspend.job;

import dev.toolspend.analysis.Parameters;
import dev.toolspend.ingest.value.DateOrder;
import dev.toolspend.ingest.table.ReadLimits;
import dev.toolspend.ingest.value.IngestSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Every setting of toolspend, under {@code toolspend.*}: defaults in application.yml, each overridable by
 * environment ({@code TOOLSPEND_CURRENCY=USD}) or on the command line. Nothing reads a setting elsewhere.
 *
 * @param currency    the report currency; other currencies need a rate in the FX file
 * @param language    report language, {@code en} or {@code fr}
 * @param timeZone    event timestamps are converted to this zone before their date is taken
 * @param dataDir     where the job repository (HSQLDB files) lives
 * @param catalog     an optional user catalog file (CSV or workbook) laid over the shipped catalog
 * @param inputLocale the decimal mark of amount columns whose values cannot settle it ({@code fr-CA}: comma)
 * @param dateOrder   day/month order of date columns whose values cannot settle it ({@code DMY} or {@code MDY})
 * @param readThreads threads for reading large inputs and checking their encoding; 0 or less: one per core
 * @param schedule    a cron expression (seconds minutes hours day month weekday) to keep running and report the
 *                    previous month at each of its times; blank: run once
 * @param strict      a run whose figures leave money out (a currency without a rate, rejected billing rows, a
 *                    billing file not read) still writes its workbook but exits with status 3, for cron to alert
 * @param limits      how much of an input file is read at most
 * @param settle      a file changed this recently (a copy under way) is looked at again once this time has passed,
 *                    and left for the next run if it is still changing
 * @param mail        who receives the report by e-mail; nobody when {@code to} is empty
 * @param decisions   a workbook whose Actions' decisions to carry, instead of the latest earlier period's in the
 *                    output folder; empty: that one (README, "Decisions")
 * @param wontDoMonths how many months a finding marked "won't do" stays set aside (default 6)
 * @param company     the company's name, on every printed page's footer beside the title; empty: the title alone
 */
@ConfigurationProperties("toolspend")
public record ToolspendProperties(String currency, String language, ZoneId timeZone, String dataDir, String catalog,
                                  Rules rules, Locale inputLocale, DateOrder dateOrder, int readThreads,
                                  String schedule, boolean strict, Limits limits,
                                  java.time.Duration settle, Mail mail, String decisions, Integer wontDoMonths,
                                  String company) {

    /** 10 MiB: what most mail servers accept, with room for the encoding of an attachment (a third more). */
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    /**
     * The report by e-mail ({@code toolspend.mail.*}; the server is Spring's {@code spring.mail.*}, its password by
     * environment only: {@code SPRING_MAIL_PASSWORD}).
     *
     * @param to                 the recipients, one message to all; empty: no e-mail
     * @param from               the sender's address
     * @param subjectPrefix      put before the subject, e.g. the company's name; may be empty
     * @param maxAttachmentBytes a larger workbook is not attached: the message gives its path instead
     */
    public record Mail(List<String> to, String from, String subjectPrefix, Long maxAttachmentBytes) {

        public Mail {
            to = to == null ? List.of() : to.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
            from = from == null ? "" : from.strip();
            subjectPrefix = subjectPrefix == null ? "" : subjectPrefix.strip();
            maxAttachmentBytes = maxAttachmentBytes == null ? DEFAULT_MAX_ATTACHMENT_BYTES : maxAttachmentBytes;
        }

        public boolean enabled() {
            return !to.isEmpty();
        }
    }

    /**
     * How much of an input toolspend agrees to read ({@code toolspend.limits.*}; docs/security.md). Every field
     * left out keeps its default.
     */
    public record Limits(Long maxFileBytes, Integer maxFieldChars, Integer maxHeaderChars, Integer maxColumns,
                         Integer maxSheetRows, Long maxPartBytes) {

        ReadLimits toReadLimits() {
            ReadLimits d = ReadLimits.DEFAULTS;
            return new ReadLimits(maxFileBytes == null ? d.fileBytes() : maxFileBytes,
                    maxFieldChars == null ? d.fieldChars() : maxFieldChars,
                    maxHeaderChars == null ? d.headerChars() : maxHeaderChars,
                    maxColumns == null ? d.columns() : maxColumns,
                    maxSheetRows == null ? d.sheetRows() : maxSheetRows,
                    maxPartBytes == null ? d.partBytes() : maxPartBytes);
        }
    }

    /** The thresholds of PRODUCT.md's rules; the two alerts default to 5 % and 20 % when not set. */
    public record Rules(int inactiveAfterDays, BigDecimal underusedBelow, BigDecimal headroom, int renewalHorizonDays,
                        int defaultNoticeDays, BigDecimal priceRiseAlert, BigDecimal spendRiseAlert) {
        public Rules {
            priceRiseAlert = priceRiseAlert == null ? Parameters.DEFAULT_PRICE_RISE_ALERT : priceRiseAlert;
            spendRiseAlert = spendRiseAlert == null ? Parameters.DEFAULT_SPEND_RISE_ALERT : spendRiseAlert;
        }
    }

    public ToolspendProperties {
        inputLocale = inputLocale == null ? Locale.CANADA : inputLocale;
        dateOrder = dateOrder == null ? DateOrder.MDY : dateOrder;
        schedule = schedule == null ? "" : schedule.strip();
        limits = limits == null ? new Limits(null, null, null, null, null, null) : limits;
        settle = settle == null ? java.time.Duration.ZERO : settle;
        mail = mail == null ? new Mail(null, null, null, null) : mail;
        decisions = decisions == null ? "" : decisions.strip();
        wontDoMonths = wontDoMonths == null ? Parameters.DEFAULT_WONT_DO_MONTHS : wontDoMonths;
        company = company == null ? "" : company.strip();
    }

    public ReadLimits readLimits() {
        return limits.toReadLimits();
    }

    public Parameters parameters() {
        return new Parameters(rules.inactiveAfterDays(), rules.underusedBelow(), rules.headroom(),
                rules.renewalHorizonDays(), rules.defaultNoticeDays(), rules.priceRiseAlert(), rules.spendRiseAlert(),
                wontDoMonths);
    }

    /** What ingest falls back on when a file does not settle its own formats. */
    public IngestSettings ingestSettings() {
        return IngestSettings.of(timeZone, inputLocale, dateOrder, currency, readLimits(), settle);
    }
}
