package dev.toolspend.report;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The e-mail of a report, in its language: a subject with the period and the totals, and a short plain-text body —
 * what the figures leave out first (as on the Summary), the totals, the top actions, the renewals to act on by the
 * end of the month after the period (overdue ones included), then where each report language's workbook is.
 * Rendered from the JSON companion, so that a message sent again later says what the first one said.
 */
public final class MailSummary {

    /** The actions a message lists: the first ones by annual savings (the Summary sheet lists more). */
    static final int TOP_ACTIONS = 5;

    private static final long MEGABYTE = 1024L * 1024;
    private static final JsonMapper MAPPER = JsonMapper.shared();

    /** A subject and a body. */
    public record Mail(String subject, String body) {
    }

    /**
     * The workbook as the message gives it: attached, or by its path when it is larger than the limit.
     *
     * @param path     where it is
     * @param bytes    its size
     * @param limit    the largest attachment allowed
     * @param attached whether it goes with the message
     */
    public record Delivery(Path path, long bytes, long limit, boolean attached) {
    }

    private final Labels labels;

    public MailSummary(Labels labels) {
        this.labels = labels;
    }

    /**
     * The message of the report whose JSON companion is {@code reportJson}, the subject after {@code subjectPrefix}.
     *
     * @throws tools.jackson.core.JacksonException when the text is not JSON or a figure is missing
     * @throws java.time.DateTimeException        when the period or an act-by date is not a date
     */
    public Mail render(String reportJson, String subjectPrefix, Delivery workbook) {
        return render(reportJson, subjectPrefix, List.of(workbook));
    }

    /**
     * The message of the report whose JSON companion is {@code reportJson}, with a line for each workbook (one per
     * report language: attached, or where it is).
     */
    public Mail render(String reportJson, String subjectPrefix, List<Delivery> workbooks) {
        JsonNode report = MAPPER.readTree(reportJson);
        String period = report.path("period").asString();
        Formats formats = new Formats(labels.locale(), report.path("currency").asString());
        JsonNode totals = report.path("totals");
        String spend = money(totals.path("spendInPeriod"), formats);
        String savings = money(totals.path("identifiedAnnualSavings"), formats);
        String subject = labels.get("mail.subject", period, spend, savings);
        if (!subjectPrefix.isBlank()) {
            subject = subjectPrefix.strip() + " " + subject;
        }

        List<String> body = new ArrayList<>();
        body.add(labels.get("summary.title", period));
        body.add("");
        List<String> notCounted = new ArrayList<>();
        totals.path("notCounted").forEach(n -> notCounted.add(n.path("text").asString()));
        if (!notCounted.isEmpty()) {
            body.addAll(notCounted);
            body.add("");
        }
        body.add(labels.get("mail.figure", labels.get("summary.spend"), spend));
        body.add(labels.get("mail.figure", labels.get("summary.runRate"), money(totals.path("annualCost"), formats)));
        body.add(labels.get("mail.figure", labels.get("summary.savings"), savings));
        body.add(labels.get("mail.figure", labels.get("summary.tools"), totals.path("tools").asLong()));
        body.add(labels.get("mail.figure", labels.get("summary.activeUsers"), totals.path("activeUsers").asLong()));

        List<JsonNode> actions = new ArrayList<>();
        List<JsonNode> renewals = new ArrayList<>();
        LocalDate actBefore = YearMonth.parse(period).plusMonths(1).atEndOfMonth();
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("annualSavings").decimalValue().signum() > 0 && actions.size() < TOP_ACTIONS) {
                actions.add(finding);
            }
            if (finding.path("type").asString().equals("RENEWAL")
                    && !LocalDate.parse(finding.path("actBy").asString()).isAfter(actBefore)) {
                renewals.add(finding);
            }
        }
        body.add("");
        if (actions.isEmpty()) {
            body.add(labels.get("mail.noAction"));
        } else {
            body.add(labels.get("summary.topActions"));
            for (JsonNode action : actions) {
                body.add("- " + action.path("detail").asString() + " "
                        + labels.get("mail.saves", money(action.path("annualSavings"), formats)));
            }
        }
        body.add("");
        renewals.sort(Comparator.comparing(renewal -> renewal.path("actBy").asString()));
        if (renewals.isEmpty()) {
            body.add(labels.get("mail.noRenewal", actBefore));
        } else {
            body.add(labels.get("mail.renewals", actBefore));
            renewals.forEach(renewal -> body.add("- " + renewal.path("detail").asString()));
        }
        body.add("");
        for (Delivery workbook : workbooks) {
            if (workbook.attached()) {
                body.add(labels.get("mail.attached", workbook.path().getFileName().toString()));
            } else {
                body.add(labels.get("mail.tooLarge", size(workbook.bytes()), size(workbook.limit()),
                        workbook.path().toAbsolutePath().toString()));
            }
        }
        body.add(labels.get("mail.generatedBy", report.path("generatedBy").asString()));
        return new Mail(subject, String.join("\n", body) + "\n");
    }

    /** Money as the findings' sentences write it ({@code $1,234.56}, {@code 1 234,56 $}). */
    private static String money(JsonNode amount, Formats formats) {
        return formats.money(amount.decimalValue());
    }

    /** A size in the language's units: megabytes (MiB) with one decimal, else kilobytes, else bytes. */
    private String size(long bytes) {
        if (bytes >= MEGABYTE) {
            return labels.get("mail.megabytes", BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MEGABYTE), 1,
                    RoundingMode.HALF_UP));
        }
        return bytes >= 1024 ? labels.get("mail.kilobytes", (bytes + 1023) / 1024) : labels.get("mail.bytes", bytes);
    }
}
