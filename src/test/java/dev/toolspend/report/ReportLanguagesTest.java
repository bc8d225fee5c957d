package dev.toolspend.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportLanguagesTest {

    @Test
    void aSettingIsOneLanguageOrSeveralInOrder() {
        assertThat(ReportLanguages.of("en")).containsExactly("en");
        assertThat(ReportLanguages.of("fr")).containsExactly("fr");
        assertThat(ReportLanguages.of("en,fr")).containsExactly("en", "fr");
        assertThat(ReportLanguages.of("fr, en")).as("the first is the console's").containsExactly("fr", "en");
        assertThat(ReportLanguages.of("en,fr,en")).as("each once").containsExactly("en", "fr");
        assertThat(ReportLanguages.first("fr,en")).isEqualTo("fr");
        assertThat(ReportLanguages.labels("en,fr")).extracting(Labels::language).isEqualTo(List.of("en", "fr"));
        assertThat(ReportLanguages.DEFAULT).isEqualTo("en");
    }

    @Test
    void anUnknownOrMissingLanguageIsRefusedByName() {
        assertThat(ReportLanguages.refused("en,fr")).isNull();
        assertThat(ReportLanguages.refused("en,de")).isEqualTo("de");
        assertThat(ReportLanguages.refused("de,fr")).isEqualTo("de");
        assertThat(ReportLanguages.refused("en,")).isEmpty();
        assertThat(ReportLanguages.refused("")).isEmpty();
        assertThat(ReportLanguages.refused(null)).isEmpty();
        assertThatThrownBy(() -> ReportLanguages.of("en,de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'de'");
    }
}
