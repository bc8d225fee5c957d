package dev.toolspend.job;

import dev.toolspend.model.Period;
import dev.toolspend.report.Labels;
import dev.toolspend.report.MailSummary;
import dev.toolspend.report.ReportLanguages;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a written report to {@code toolspend.mail.to}: one message to all recipients, its words from
 * {@link MailSummary} (the first report language's JSON companion, in that language), each report language's
 * workbook attached, or its path when it is larger than {@code toolspend.mail.max-attachment-bytes} (each workbook is
 * judged alone). Used after a run and by {@code resend}; the report is written before and stays whatever happens here.
 */
@Component
public class ReportMailer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final ToolspendProperties properties;
    private final Console console;

    public ReportMailer(ObjectProvider<JavaMailSender> sender, ToolspendProperties properties, Console console) {
        this.sender = sender;
        this.properties = properties;
        this.console = console;
    }

    public boolean enabled() {
        return properties.mail().enabled();
    }

    /** Mail settings that could never send, said before a run starts; null when they can (or mail is off). */
    public RunStoppedException invalidSettings() {
        ToolspendProperties.Mail mail = properties.mail();
        if (!mail.enabled()) {
            return null;
        }
        String language = ReportLanguages.refused(properties.language());
        if (language != null) {
            return new RunStoppedException("language", language);
        }
        if (sender.getIfAvailable() == null) {
            return new RunStoppedException("mailHost");
        }
        for (String to : mail.to()) {
            if (!isAddress(to)) {
                return new RunStoppedException("mailAddress", "to", to);
            }
        }
        return isAddress(mail.from()) ? null : new RunStoppedException("mailAddress", "from", mail.from());
    }

    private static boolean isAddress(String address) {
        try {
            new InternetAddress(address, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    /**
     * Sends the report of {@code period} whose files are in {@code output} — the workbook of each report language,
     * the words from {@code json}, the first language's JSON — and says on the console whether it went; false when
     * it did not (the reason is said, and how to send it again).
     */
    public boolean deliver(List<Path> workbooks, Path json, Period period, Path output) {
        ToolspendProperties.Mail mail = properties.mail();
        try {
            List<MailSummary.Delivery> deliveries = new ArrayList<>();
            for (Path workbook : workbooks) {
                long bytes = Files.size(workbook);
                deliveries.add(new MailSummary.Delivery(workbook, bytes, mail.maxAttachmentBytes(),
                        bytes <= mail.maxAttachmentBytes()));
            }
            boolean anyAttached = deliveries.stream().anyMatch(MailSummary.Delivery::attached);
            boolean allAttached = deliveries.stream().allMatch(MailSummary.Delivery::attached);
            MailSummary.Mail text = new MailSummary(Labels.of(ReportLanguages.first(properties.language()))).render(
                    Files.readString(json, StandardCharsets.UTF_8), mail.subjectPrefix(), deliveries);
            JavaMailSender mailSender = sender.getObject();
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, anyAttached, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.from());
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(text.subject());
            helper.setText(text.body());
            for (MailSummary.Delivery delivery : deliveries) {
                if (delivery.attached()) {
                    helper.addAttachment(delivery.path().getFileName().toString(),
                            new FileSystemResource(delivery.path()),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                }
            }
            mailSender.send(message);
            console.say(allAttached ? "mailed" : "mailedPath", String.join(", ", mail.to()));
            return true;
        } catch (MailException | MessagingException | IOException | JacksonException | DateTimeException e) {
            LOG.warn("The report of {} could not be e-mailed", period, e);
            console.say("mailFailed", reason(e), period.toString(), output.toString(), languageOption());
            return false;
        }
    }

    /** What {@code resend} needs to send the same files: nothing for the default language, else its --lang. */
    private String languageOption() {
        List<String> languages = ReportLanguages.of(properties.language());
        return languages.equals(List.of(ReportLanguages.DEFAULT)) ? "" : " --lang " + String.join(",", languages);
    }

    /** The innermost cause's message ("Connection refused"), or its kind when it has none. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (true) {
            if (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            } else if (root instanceof MailSendException send && send.getMessageExceptions().length > 0) {
                root = send.getMessageExceptions()[0];
            } else {
                break;
            }
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }
}
