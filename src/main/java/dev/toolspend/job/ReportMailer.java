package dev.toolspend.job;

import dev.toolspend.model.Period;
import dev.toolspend.report.Labels;
import dev.toolspend.report.MailSummary;
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

/**
 * Sends a written report to {@code toolspend.mail.to}: one message to all recipients, its words from
 * {@link MailSummary} (the JSON companion's figures, in the report language), the workbook attached, or its path
 * when it is larger than {@code toolspend.mail.max-attachment-bytes}. Used after a run and by {@code resend}; the
 * report is written before and stays whatever happens here.
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
        try {
            Labels.of(properties.language());
        } catch (IllegalArgumentException e) {
            return new RunStoppedException("language", properties.language());
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
     * Sends the report of {@code period} whose files are in {@code output} and says on the console whether it went;
     * false when it did not (the reason is said, and how to send it again).
     */
    public boolean deliver(Path workbook, Path json, Period period, Path output) {
        ToolspendProperties.Mail mail = properties.mail();
        try {
            long bytes = Files.size(workbook);
            boolean attached = bytes <= mail.maxAttachmentBytes();
            MailSummary.Mail text = new MailSummary(Labels.of(properties.language())).render(
                    Files.readString(json, StandardCharsets.UTF_8), mail.subjectPrefix(),
                    new MailSummary.Delivery(workbook, bytes, mail.maxAttachmentBytes(), attached));
            JavaMailSender mailSender = sender.getObject();
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, attached, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.from());
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(text.subject());
            helper.setText(text.body());
            if (attached) {
                helper.addAttachment(workbook.getFileName().toString(), new FileSystemResource(workbook),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            mailSender.send(message);
            console.say(attached ? "mailed" : "mailedPath", String.join(", ", mail.to()));
            return true;
        } catch (MailException | MessagingException | IOException | JacksonException | DateTimeException e) {
            LOG.warn("The report of {} could not be e-mailed", period, e);
            console.say("mailFailed", reason(e), period.toString(), output.toString());
            return false;
        }
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
