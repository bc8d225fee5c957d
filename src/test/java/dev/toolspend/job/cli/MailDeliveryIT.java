package dev.toolspend.job.cli;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.toolspend.job.Folders;
import dev.toolspend.job.JobRunner;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report by e-mail, end to end: the whole job on a copy of the samples, then the message as an SMTP server in this
 * JVM (GreenMail) received it — one to each recipient, its subject and words in the report language, the workbook
 * attached byte for byte or given by its path over the size limit — and a send that fails (no server) leaves the
 * report written, exits with status 4, and {@code resend} delivers it once the server answers.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailDeliveryIT {

    private static final List<String> RECIPIENTS = List.of("ana@acme.example", "ben@books.example");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path temp;

    private Path input;

    @BeforeEach
    void copyTheSamples() throws IOException {
        input = temp.resolve("in");
        Folders.copy(Path.of("input-samples"), input);
    }

    @Test
    void eachRecipientGetsTheSummaryWithTheWorkbookAttached(CapturedOutput out) throws Exception {
        Path output = temp.resolve("out");
        assertThat(runWithMail(SMTP.getSmtp().getPort(), Map.of(), "--input", input.toString(), "--output",
                output.toString(), "--period", "2026-10", "--data-dir", temp.resolve("data").toString())).isZero();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(RECIPIENTS.size());
        for (String recipient : RECIPIENTS) {
            assertThat(SMTP.findReceivedMessages(user -> user.getEmail().equals(recipient), m -> true))
                    .as("%s's mailbox", recipient).hasSize(1);
        }
        MimeMessage message = received[0];
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactlyElementsOf(RECIPIENTS);
        assertThat(message.getFrom()[0].toString()).isEqualTo("toolspend@acme.example");
        assertThat(message.getSubject()).isEqualTo("[Acme] Software spend and use, 2026-10: $19,473.94 spent, "
                + "$44,715.95 of annual savings identified");
        String body = text(message);
        assertThat(body.lines()).contains("Software spend and use, 2026-10",
                "Not counted: 1 billing line, 89.00 GBP — no FX rate for GBP",
                "Identified annual savings: $44,715.95", "Top actions",
                "The workbook is attached: toolspend-2026-10.xlsx");
        assertThat(body).contains("- Reclaim 7 of the 20 Adobe Creative Cloud seats (keep 13).");
        assertThat(attachment(message, "toolspend-2026-10.xlsx"))
                .isEqualTo(Files.readAllBytes(output.resolve("toolspend-2026-10.xlsx")));
        assertThat(out.getOut()).contains("E-mailed to ana@acme.example, ben@books.example, the workbook attached");
    }

    /**
     * A French run mails in French to the last word: every line of the body is made of the French bundle's labels and
     * the report's own values; and a workbook over the size limit is given by its path, not attached.
     */
    @Test
    void aFrenchRunMailsInFrenchAndAWorkbookOverTheLimitByItsPath(CapturedOutput out) throws Exception {
        Path output = temp.resolve("sortie");
        assertThat(runWithMail(SMTP.getSmtp().getPort(), Map.of("toolspend.mail.max-attachment-bytes", "1000"),
                "--input", input.toString(), "--output", output.toString(), "--period", "2026-10", "--lang", "fr",
                "--data-dir", temp.resolve("data").toString())).isZero();

        MimeMessage message = SMTP.getReceivedMessages()[0];
        String subject = message.getSubject().replaceAll("[\\u00a0\\u202f]", " ");
        assertThat(subject).isEqualTo("[Acme] Dépenses et utilisation des logiciels, 2026-10 : 19 473,94 $ CA dépensés, "
                + "44 715,95 $ CA d'économies annuelles repérées");
        assertThat(message.getContent()).as("no attachment: a plain text message").isInstanceOf(String.class);
        String body = text(message);
        Path workbook = output.resolve("toolspend-2026-10-fr.xlsx").toAbsolutePath();
        String pathLine = body.lines().filter(l -> l.endsWith(workbook.toString())).findFirst().orElseThrow();
        assertThat(pathLine.replaceAll("[\\u00a0\\u202f]", " ")).matches("Le classeur \\(\\d+ Ko\\) dépasse la taille "
                + "permise pour une pièce jointe \\(1 000 octets\\); il se trouve ici : .*");

        ReportWords french = new ReportWords("fr", input);
        List<String> strangers = new ArrayList<>();
        for (String line : (subject.substring("[Acme] ".length()) + "\n" + body).split("\n", -1)) {
            String words = line.startsWith("- ") ? line.substring(2) : line;
            if (!line.equals(pathLine) && !sentences(french, words)) {
                strangers.add(line);
            }
        }
        assertThat(strangers).as("lines of the French message from no French label or report value").isEmpty();
        assertThat(body).doesNotContain("Top actions", "Saves", "Renewals", "workbook", "Not counted");
        assertThat(out.getOut()).contains("Envoyé par courriel à ana@acme.example, ben@books.example, avec le chemin du "
                + "classeur");
    }

    /**
     * No mail server: the workbook and JSON are written all the same, the run exits with status 4 and says how to send
     * it again; {@code resend}, with the server up, delivers that workbook without running the job.
     */
    @Test
    void aFailedSendKeepsTheReportAndResendDeliversIt(CapturedOutput out) throws Exception {
        Path output = temp.resolve("out");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(runWithMail(closedPort, Map.of(), "--input", input.toString(), "--output", output.toString(),
                "--period", "2026-10", "--data-dir", temp.resolve("data").toString())).isEqualTo(JobRunner.MAIL_FAILED)
                .isEqualTo(4);
        Path workbook = output.resolve("toolspend-2026-10.xlsx");
        assertThat(workbook).isRegularFile();
        assertThat(output.resolve("toolspend-2026-10.json")).isRegularFile();
        assertThat(out.getOut()).contains("toolspend: the e-mail could not be sent (", "the workbook is kept. To send it "
                + "again: ./run.sh resend --period 2026-10 --output " + output.toAbsolutePath());
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        byte[] written = Files.readAllBytes(workbook);

        assertThat(runWithMail(SMTP.getSmtp().getPort(), Map.of(), "resend", "--period", "2026-10", "--output",
                output.toString(), "--data-dir", temp.resolve("data").toString())).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(RECIPIENTS.size());
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getSubject()).startsWith("[Acme] Software spend and use, 2026-10: $19,473.94 spent");
        assertThat(attachment(message, "toolspend-2026-10.xlsx")).isEqualTo(written);
        assertThat(Files.readAllBytes(workbook)).as("resend rewrites nothing").isEqualTo(written);

        assertThat(runWithMail(SMTP.getSmtp().getPort(), Map.of(), "resend", "--period", "2026-09", "--output",
                output.toString(), "--data-dir", temp.resolve("data").toString())).isEqualTo(JobRunner.STOPPED);
        assertThat(out.getOut()).contains("toolspend stopped: no report of 2026-09 in " + output.toAbsolutePath());
    }

    /**
     * A run in both languages mails both workbooks, the words in the first language; when the send fails, the way to
     * send again names the languages; resend --lang fr sends the French workbook with a summary from the French
     * JSON (never a French message about the English files), resend --lang en,fr both.
     */
    @Test
    void bothLanguagesAreMailedAndResendSendsTheLanguageAskedFor(CapturedOutput out) throws Exception {
        Path output = temp.resolve("out");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(runWithMail(closedPort, Map.of(), "--input", input.toString(), "--output", output.toString(),
                "--period", "2026-10", "--lang", "en,fr", "--data-dir", temp.resolve("data").toString()))
                .isEqualTo(JobRunner.MAIL_FAILED);
        assertThat(out.getOut()).contains("To send it again: ./run.sh resend --period 2026-10 --output "
                + output.toAbsolutePath() + " --lang en,fr");
        Path english = output.resolve("toolspend-2026-10.xlsx");
        Path french = output.resolve("toolspend-2026-10-fr.xlsx");

        assertThat(runWithMail(SMTP.getSmtp().getPort(), Map.of(), "resend", "--period", "2026-10", "--output",
                output.toString(), "--lang", "fr", "--data-dir", temp.resolve("data").toString())).isZero();
        MimeMessage inFrench = SMTP.getReceivedMessages()[0];
        assertThat(inFrench.getSubject()).startsWith("[Acme] Dépenses et utilisation des logiciels, 2026-10");
        assertThat(attachment(inFrench, "toolspend-2026-10-fr.xlsx")).isEqualTo(Files.readAllBytes(french));
        assertThat(attachments(inFrench)).containsExactly("toolspend-2026-10-fr.xlsx");
        assertThat(text(inFrench)).contains("Le classeur est joint : toolspend-2026-10-fr.xlsx",
                "- Récupérer 7 des 20 sièges").doesNotContain("Reclaim");

        SMTP.reset();
        assertThat(runWithMail(SMTP.getSmtp().getPort(), Map.of(), "resend", "--period", "2026-10", "--output",
                output.toString(), "--lang", "en,fr", "--data-dir", temp.resolve("data").toString())).isZero();
        MimeMessage both = SMTP.getReceivedMessages()[0];
        assertThat(both.getSubject()).startsWith("[Acme] Software spend and use, 2026-10");
        assertThat(attachments(both)).containsExactly("toolspend-2026-10.xlsx", "toolspend-2026-10-fr.xlsx");
        assertThat(attachment(both, "toolspend-2026-10.xlsx")).isEqualTo(Files.readAllBytes(english));
        assertThat(text(both)).contains("The workbook is attached: toolspend-2026-10.xlsx",
                "The workbook is attached: toolspend-2026-10-fr.xlsx");

        Files.delete(french);
        assertThat(runWithMail(SMTP.getSmtp().getPort(), Map.of(), "resend", "--period", "2026-10", "--output",
                output.toString(), "--lang", "fr", "--data-dir", temp.resolve("data").toString()))
                .isEqualTo(JobRunner.STOPPED);
        assertThat(out.getOut()).contains("toolspend arrêté : aucun rapport de 2026-10 dans " + output.toAbsolutePath()
                + " : toolspend-2026-10-fr.xlsx est introuvable");
    }

    private static List<String> attachments(Part part) throws Exception {
        List<String> names = new ArrayList<>();
        Multipart parts = (Multipart) part.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() != null) {
                names.add(parts.getBodyPart(i).getFileName());
            }
        }
        return names;
    }

    /** --help lists exit status 4 in the report language, and resend has its help in both. */
    @Test
    void theHelpListsTheMailExitStatus(CapturedOutput out) {
        assertThat(ToolspendCommand.commandLine("--help").execute("--help")).isZero();
        assertThat(ToolspendCommand.commandLine("--lang", "fr", "--help").execute("--lang", "fr", "--help")).isZero();
        assertThat(ToolspendCommand.commandLine("--lang", "fr").execute("--lang", "fr", "resend", "--help")).isZero();
        assertThat(out.getOut()).contains("4   the workbook was written, but its e-mail (toolspend.mail.to) could not be",
                "4   le classeur a été écrit, mais son courriel (toolspend.mail.to)",
                "Envoie par courriel à toolspend.mail.to le classeur", "Mois dont le rapport est à envoyer");
    }

    /**
     * A command line run with mail to {@link #RECIPIENTS} through the SMTP server on {@code port}, set as system
     * properties (they outrank application.yml) for this run only.
     */
    private static int runWithMail(int port, Map<String, String> more, String... args) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("toolspend.mail.to", String.join(",", RECIPIENTS));
        settings.put("toolspend.mail.from", "toolspend@acme.example");
        settings.put("toolspend.mail.subject-prefix", "[Acme]");
        settings.put("spring.mail.host", "127.0.0.1");
        settings.put("spring.mail.port", String.valueOf(port));
        settings.putAll(more);
        settings.forEach(System::setProperty);
        try {
            return ToolspendCommand.commandLine(args).execute(args);
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
    }

    /**
     * Whether a text is known to {@code words} as it is, or as known sentences one after the other: an action's
     * detail is its action and its evidence, two labels, and then the savings.
     */
    private static boolean sentences(ReportWords words, String text) {
        if (words.known(text, 0)) {
            return true;
        }
        for (int end = text.indexOf(". "); end >= 0; end = text.indexOf(". ", end + 1)) {
            if (words.known(text.substring(0, end + 1), 0) && sentences(words, text.substring(end + 2))) {
                return true;
            }
        }
        return false;
    }

    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text.replace("\r\n", "\n");
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart body = parts.getBodyPart(i);
            if (body.getFileName() == null && (body.isMimeType("text/plain") || body.isMimeType("multipart/*"))) {
                return text(body);
            }
        }
        throw new AssertionError("no text part");
    }

    private static byte[] attachment(Part part, String name) throws Exception {
        Multipart parts = (Multipart) part.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart body = parts.getBodyPart(i);
            if (name.equals(body.getFileName())) {
                try (InputStream in = body.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no attachment " + name);
    }
}
