package dev.toolspend.report;

import dev.toolspend.analysis.CostSource;
import dev.toolspend.analysis.FindingType;
import dev.toolspend.analysis.OverlapGroup;
import dev.toolspend.analysis.SeatState;
import dev.toolspend.analysis.Urgency;
import dev.toolspend.ingest.header.Layout;
import dev.toolspend.ingest.table.CsvFormat;
import dev.toolspend.ingest.table.TextEncoding;
import dev.toolspend.ingest.value.DateOrder;
import dev.toolspend.ingest.value.DecimalMark;
import dev.toolspend.model.FormatDecision;
import dev.toolspend.model.InputKind;
import dev.toolspend.model.SkipReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both languages have every label, and every label survives MessageFormat the way Labels uses it. */
class LabelsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        assertThat(bundle("fr").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(bundle("en").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void apostrophesAreDoubledExactlyWhereMessageFormatRuns(String language) throws IOException {
        Properties labels = bundle(language);
        for (String key : labels.stringPropertyNames()) {
            String value = labels.getProperty(key);
            if (PLACEHOLDER.matcher(value).find()) {
                assertThat(value.replace("''", "")).as(key).doesNotContain("'");
            } else {
                assertThat(value).as(key).doesNotContain("''");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void sheetNamesAreValidInExcel(String language) throws IOException {
        Properties labels = bundle(language);
        labels.stringPropertyNames().stream().filter(k -> k.startsWith("sheet.")).map(labels::getProperty)
                .forEach(name -> assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[:\\\\/?*\\[\\]]"));
    }

    /**
     * Enum values are written through labels "prefix.VALUE": each one the workbook or the console shows needs a
     * label in each language, as do the rules of the Method sheet.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyEnumValueShownInTheReportHasALabel(String language) {
        Labels labels = Labels.of(language);
        List<String> keys = new ArrayList<>();
        Stream.of(InputKind.values()).forEach(v -> keys.add("kind." + v));
        Stream.of(FindingType.values()).forEach(v -> keys.add("type." + v));
        Stream.of(Urgency.values()).forEach(v -> keys.add("urgency." + v));
        Stream.of(SeatState.values()).forEach(v -> keys.add("state." + v));
        Stream.of(CostSource.values()).forEach(v -> keys.add("costSource." + v));
        Stream.of(OverlapGroup.Role.values()).forEach(v -> keys.add("role." + v));
        Stream.of(Layout.values()).forEach(v -> keys.add("layout." + v));
        Stream.of(SkipReason.values()).forEach(v -> keys.add("skip." + v));
        Stream.of(FormatDecision.Basis.values()).forEach(v -> keys.add("basis." + v));
        Stream.of(DecimalMark.values()).forEach(v -> keys.add("decision." + FormatDecision.Subject.DECIMAL_MARK + "." + v));
        Stream.of(DateOrder.values()).forEach(v -> keys.add("decision." + FormatDecision.Subject.DATE_ORDER + "." + v));
        CsvFormat.delimiters().forEach(d -> keys.add("delimiter." + new CsvFormat(TextEncoding.UTF_8, d).delimiterName()));
        WorkbookWriter.RULES.forEach(rule -> {
            keys.add("rule." + rule);
            keys.add("rule." + rule + ".text");
        });
        assertThat(FormatDecision.Subject.values()).as("a subject added needs its values here")
                .containsExactly(FormatDecision.Subject.DECIMAL_MARK, FormatDecision.Subject.DATE_ORDER);
        keys.forEach(key -> assertThat(labels.get(key)).as(key).isNotBlank());
    }

    /** Words only an English sentence holds; none is a French word. */
    static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(the|is|not|and|with|must|has|from|update|add|"
            + "without|should|cannot|never|no|of|for|this|that|are|was|its|to|in|on|by|or|an|seats?|users?|files?|"
            + "rows?|lines?|sheet|amount|rate|found|read)\\b", Pattern.CASE_INSENSITIVE);
    /** French labels spelt as in English: words both languages share. */
    private static final java.util.Set<String> SAME_IN_BOTH = java.util.Set.of("table.total", "sheet.actions", "summary.actionsCount",
            "col.type", "col.source", "col.sha256", "stop.catalog", "rule.tax", "msg.field.DATE", "msg.field.DESCRIPTION",
            "msg.list.1", "msg.either", "console.seconds");

    /** The French bundle's words are French: no English word, and no label copied from English unless shared. */
    @Test
    void theFrenchBundleIsFrench() throws IOException {
        Properties en = bundle("en");
        Properties fr = bundle("fr");
        for (String key : fr.stringPropertyNames()) {
            String value = fr.getProperty(key);
            String words = value.replaceAll("\\{[^{}]*(\\{[^{}]*}[^{}]*)*}", " ")   // arguments and choices aside
                    .replaceAll("--[a-z-]+|toolspend\\.[a-z.-]+|max-[a-z-]+|ChargeCategory Tax|LineAmount|Quantity|UnitAmount|Has \\S+ License", " ");
            assertThat(words).as("fr %s", key).doesNotContainPattern(ENGLISH_WORDS);
            if (value.equals(en.getProperty(key))) {
                assertThat(SAME_IN_BOTH).as("fr %s is the English label", key).contains(key);
            }
        }
    }

    @Test
    void formatsArgumentsInTheLanguage() {
        assertThat(Labels.of("en").get("summary.title", "2026-10")).isEqualTo("Software spend and use, 2026-10");
        assertThat(Labels.of("fr").get("sheet.summary")).isEqualTo("Sommaire");
        assertThatThrownBy(() -> Labels.of("de")).hasMessageContaining("unsupported language 'de'");
    }
}
