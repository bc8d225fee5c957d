package dev.toolspend.job;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What {@code resend} starts instead of the job: the settings, the mail sender and the console, from the same
 * application.yml and environment, without the job's database. Not a {@code @Configuration}, so that the job's
 * component scan leaves it alone.
 */
@EnableConfigurationProperties(ToolspendProperties.class)
@ImportAutoConfiguration(MailSenderAutoConfiguration.class)
@Import({Console.class, ReportMailer.class})
public class ResendContext {
}
