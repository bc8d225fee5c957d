package dev.toolspend.job.staging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.toolspend.job.staging.StagingDao.ESCAPE;
import static org.assertj.core.api.Assertions.assertThat;

/** Text from the inputs is staged without U+0000, which PostgreSQL refuses, and read back as it was. */
class StagingDaoTest {

    @Test
    void textIsReadBackAsItWasWhateverItHolds() {
        for (String text : List.of("", "Slack", "a\u0000b", "\u0000", "\u0000\u0000", "x" + ESCAPE + "0",
                ESCAPE + "\u0000" + ESCAPE + ESCAPE, "ends with " + ESCAPE, "zoé\t\\0")) {
            String staged = StagingDao.staged(text);
            assertThat(staged).as(text).doesNotContain("\u0000");
            assertThat(StagingDao.text(staged)).isEqualTo(text);
        }
        assertThat(StagingDao.staged((String) null)).isNull();
        assertThat(StagingDao.text((String) null)).isNull();
    }

    @Test
    void textWithoutUPlus0000OrTheEscapeIsStagedAsItIs() {
        String text = "Lumen Analytics - monthly, 12,00 $";
        assertThat(StagingDao.staged(text)).isSameAs(text);
        assertThat(StagingDao.staged(text, 10)).isEqualTo(StagingDao.clip(text, 10)).hasSize(10);
    }

    /** A text of escapes fits its column, and is never cut between an escape and what it escapes. */
    @Test
    void clippedTextFitsItsColumnAndHoldsNoHalfEscape() {
        for (int nuls = 0; nuls <= 6; nuls++) {
            String text = "ab" + "\u0000".repeat(nuls) + ESCAPE + "cdefgh";
            for (int max = 2; max <= 12; max++) {
                String staged = StagingDao.staged(text, max);
                assertThat(staged.length()).as("%d × U+0000 in %d", nuls, max).isLessThanOrEqualTo(max);
                if (staged.endsWith("…")) {
                    String cut = staged.substring(0, staged.length() - 1);
                    assertThat(StagingDao.staged(StagingDao.text(cut))).as("no half escape").isEqualTo(cut);
                    assertThat(text).startsWith(StagingDao.text(cut));
                } else {
                    assertThat(StagingDao.text(staged)).isEqualTo(text);
                }
            }
        }
    }
}
