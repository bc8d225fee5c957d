package dev.toolspend.analysis;

import dev.toolspend.report.English;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Who a seat holder is: e-mails case-insensitively, logins without a domain when unambiguous, the HR roster's leavers. */
class HolderResolverTest {

    @Test
    void aLoginWithoutADomainIsTheOneKnownAddressWithThatLocalPart() {
        AnalysisResult result = new Scenario()
                .license("figma", 3, "10.00", dev.toolspend.model.BillingCycle.MONTHLY, "CAD")
                .seatOf("slack", "Kevin.Tran@co.ca", 2)
                .seatOf("figma", "kevin.tran", 5)          // a GitHub-style login: kevin.tran@co.ca is the only match
                .seatOf("figma", "Kevin.Tran@co.ca", 40)   // the same person, seen by another source
                .analyse();
        // merged into one seat: the latest date (5 days ago) wins, 1 active of 3 seats
        assertThat(result.tool("figma").seatCounts().holders()).isEqualTo(1);
        assertThat(result.tool("figma").activeUsers()).isEqualTo(1);
        assertThat(result.totals().activeUsers()).isEqualTo(1);   // one person, active in Slack and Figma
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void anAmbiguousLoginIsKeptApartAndSaid() {
        AnalysisResult result = new Scenario()
                .seatOf("slack", "jroy@co.ca", 2)
                .seatOf("slack", "jroy@studio.co.ca", 2)
                .seatOf("figma", "jroy", 1)
                .analyse();
        assertThat(result.tool("figma").seatCounts().holders()).isEqualTo(1);
        assertThat(result.notes()).extracting(n -> n.value(), n -> English.of(n.message())).containsExactly(
                tuple("jroy", "login without a domain matches jroy@co.ca, jroy@studio.co.ca: kept apart, not matched"));
        assertThat(result.totals().activeUsers()).isEqualTo(3);
    }

    @Test
    void theRosterMarksLeaversDepartedEvenWhenTheirToolsStillShowActivity() {
        AnalysisResult result = new Scenario()
                .seatOf("slack", "zoe@co.ca", 1)      // left on Oct 8 (status): departed, whatever her date
                .seatOf("slack", "Luc@co.ca", 1)      // end date after the as-of date: still here
                .seatOf("slack", "ana@co.ca", 1)      // end date on the as-of date: gone
                .seatOf("slack", "max@co.ca", 1)      // not on the roster: left as the usage says
                .rosterEntry("Zoe@co.ca", true, "2026-10-08")
                .rosterEntry("luc@co.ca", false, "2026-11-15")
                .rosterEntry("ana@co.ca", null, "2026-10-31")
                .analyse();
        assertThat(result.tool("slack").activeUsers()).isEqualTo(2);
        assertThat(result.tool("slack").seatCounts().departed()).isEqualTo(2);
    }

    /** A roster of logins (no domain), as some HR exports write it: matched to the same logins, never a crash. */
    @Test
    void aRosterOfLoginsMarksTheSameLoginsDeparted() {
        AnalysisResult result = new Scenario()
                .seatOf("github", "jtremblay", 1)
                .seatOf("github", "mlavoie", 1)
                .rosterEntry("jtremblay", true, "2026-10-08")
                .rosterEntry("mlavoie", false, null)
                .analyse();
        assertThat(result.tool("github").seatCounts().departed()).isEqualTo(1);
        assertThat(result.tool("github").activeUsers()).isEqualTo(1);
    }

    @Test
    void aRehiredPersonIsNotGone() {
        AnalysisResult result = new Scenario()
                .seatOf("slack", "bo@co.ca", 1)
                .rosterEntry("bo@co.ca", true, "2025-06-30")
                .rosterEntry("bo@co.ca", false, null)
                .analyse();
        assertThat(result.tool("slack").activeUsers()).isEqualTo(1);
    }

    /** A status and an end date that disagree: the date decides, and Data quality says so, for HR to correct. */
    @Test
    void aStatusAndAnEndDateThatDisagreeAreReportedAndTheDateDecides() {
        AnalysisResult result = new Scenario()
                .seatOf("slack", "eve@co.ca", 1)      // "actif", but ended on Oct 15: gone
                .seatOf("slack", "raf@co.ca", 1)      // "terminé", but works until Nov 30: still here
                .seatOf("slack", "ann@co.ca", 1)      // both say gone: no note
                .rosterEntry("eve@co.ca", false, "2026-10-15")
                .rosterEntry("raf@co.ca", true, "2026-11-30")
                .rosterEntry("ann@co.ca", true, "2026-09-30")
                .analyse();
        assertThat(result.tool("slack").seatCounts().departed()).isEqualTo(2);
        assertThat(result.notes()).extracting(n -> n.value(), n -> English.of(n.message())).containsExactlyInAnyOrder(
                tuple("2026-10-15", "the status says employed but the end date is on or before 2026-10-31: taken as "
                        + "departed; correct the status or the date"),
                tuple("2026-11-30", "the status says left but the end date is after 2026-10-31: taken as employed "
                        + "until then; correct the status or the date"));
    }
}
