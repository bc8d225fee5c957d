package dev.toolspend.job.staging;

import dev.toolspend.model.SeatHolder;
import dev.toolspend.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Staged seat holders come back as they went in, whatever their names hold. */
class SeatTextTest {

    private static SeatHolder holder(String toolId, String toolName, String user, LocalDate last, boolean known,
                                     boolean departed, LocalDate assigned, long line) {
        return new SeatHolder(toolId, toolName, user.toLowerCase(java.util.Locale.ROOT), user, last, known, departed,
                assigned, new SourceRef("usage/events.csv", null, line));
    }

    @Test
    void holdersRoundTripWithEscapesDatesAndFlags() {
        List<SeatHolder> holders = List.of(
                holder("slack", "Slack", "ann@example.com", LocalDate.of(2026, 10, 3), true, false, null, 2),
                holder("slack", "Slack", "Bo@Example.com", null, false, true, LocalDate.of(2025, 1, 31), 3),
                holder("slack", "Slack", "tab\there\\back\nline\rcr", LocalDate.of(1970, 1, 1), true, true,
                        LocalDate.of(1969, 12, 31), 4),
                holder("custom-x", "Outil\tinterne \\ ops", "zoé@exemple.ca", LocalDate.of(2026, 10, 31), true, false,
                        null, 12_345_678_901L),
                holder("custom-x", "Outil\tinterne \\ ops", "yann@exemple.ca", null, false, false, null, 5),
                holder("custom-x", "Outil\tinterne \\ ops", "nul\u0000@exemple.ca", null, false, false, null, 6));

        String staged = SeatText.encode(holders);
        List<SeatHolder> decoded = SeatText.decode(staged, "usage/events.csv", null);

        assertThat(staged).doesNotContain("\u0000");                  // PostgreSQL's text cannot hold it
        assertThat(decoded).containsExactlyElementsOf(holders);
    }

    @Test
    void aRepeatedToolAndAUserWrittenAsItsKeyAreOneStringEach() {
        List<SeatHolder> decoded = SeatText.decode(SeatText.encode(List.of(
                holder("slack", "Slack", "ann@example.com", null, false, false, null, 2),
                holder("slack", "Slack", "bo@example.com", null, false, false, null, 3))), "u.csv", "Sheet1");

        assertThat(decoded.get(1).toolId()).isSameAs(decoded.get(0).toolId());
        assertThat(decoded.get(1).toolName()).isSameAs(decoded.get(0).toolName());
        assertThat(decoded.get(0).user()).isSameAs(decoded.get(0).userKey());
        assertThat(decoded.get(0).source()).isEqualTo(new SourceRef("u.csv", "Sheet1", 2));
    }

    @Test
    void namesLongerThanTheStagingAllowsAreClipped() {
        String longUser = "CN=" + "x".repeat(700);
        SeatHolder decoded = SeatText.decode(SeatText.encode(List.of(
                holder("slack", "Slack", longUser, null, false, false, null, 2))), "u.csv", null).get(0);

        assertThat(decoded.user()).hasSize(SeatText.USER).endsWith("…").startsWith("CN=xxx");
    }
}
