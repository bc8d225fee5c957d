package dev.toolspend.ingest.mapper;

import dev.toolspend.ingest.Fixture;
import dev.toolspend.ingest.InputScanner;
import dev.toolspend.ingest.Inventory;
import dev.toolspend.ingest.header.Layout;
import dev.toolspend.model.FileStats;
import dev.toolspend.model.RosterEntry;
import dev.toolspend.model.SkipReason;
import dev.toolspend.model.UsageRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static dev.toolspend.ingest.Fixture.skip;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin consoles' own exports (src/test/resources/ingest/usage), read by their real headers to
 * the exact seats: line | user | tool | last active | activity known | departed | assigned on.
 */
class UsageExportsTest {

    @TempDir
    Path dir;

    private Fixture.Read<UsageRow> read(String name) throws IOException {
        return Fixture.read(dir, "usage/" + name, Mappers::usage);
    }

    static List<String> seats(Fixture.Read<UsageRow> read) {
        return read.records().stream().map(u -> u.source().line() + " | " + u.user() + " | " + u.toolName() + " | "
                + u.lastActive() + " | " + u.activityKnown() + " | " + u.departed() + " | " + u.assignedOn()).toList();
    }

    @Test
    void microsoft365ActiveUserDetailGivesOneSeatPerLicensedProduct() throws IOException {
        var read = read("m365-active-user-detail.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.M365_ACTIVE_USERS);
        assertThat(seats(read)).containsExactly(
                "2 | Marie-Eve.Tremblay@atelierboreal.ca | Microsoft Exchange | 2026-10-30 | true | false | 2023-03-01",
                "2 | Marie-Eve.Tremblay@atelierboreal.ca | Microsoft OneDrive | 2026-10-28 | true | false | 2023-03-01",
                "2 | Marie-Eve.Tremblay@atelierboreal.ca | Microsoft SharePoint | 2026-09-02 | true | false | 2023-03-01",
                "2 | Marie-Eve.Tremblay@atelierboreal.ca | Microsoft Teams | 2026-10-30 | true | false | 2023-03-01",
                "3 | luc.pelletier@atelierboreal.ca | Microsoft Exchange | 2026-06-23 | true | true | 2022-11-14",
                "3 | luc.pelletier@atelierboreal.ca | Microsoft OneDrive | null | true | true | 2022-11-14",
                "3 | luc.pelletier@atelierboreal.ca | Microsoft Teams | 2026-06-20 | true | true | 2022-11-14",
                "5 | philippe.giroux@atelierboreal.ca | Microsoft Exchange | null | true | false | 2026-10-20",
                "5 | philippe.giroux@atelierboreal.ca | Microsoft Teams | null | true | false | 2026-10-20");
        // the shared mailbox holds no license: skipped, and counted
        assertThat(read.stats()).isEqualTo(new FileStats(4, 3, 0, List.of(skip(SkipReason.NO_LICENSE, 1, 4))));
    }

    @Test
    void m365ProductNamesAreLookedUpAsTheCatalogKnowsThem() {
        assertThat(M365ActiveUserMapper.catalogName("exchange")).isEqualTo("Microsoft Exchange");
        assertThat(M365ActiveUserMapper.catalogName("teams")).isEqualTo("Microsoft Teams");
        assertThat(M365ActiveUserMapper.catalogName("planner")).isEqualTo("Microsoft Planner");
        assertThat(M365ActiveUserMapper.catalogName("microsoft 365 copilot")).isEqualTo("Microsoft 365 Copilot");
    }

    @Test
    void googleWorkspaceUserDownload() throws IOException {
        var read = read("google-workspace-users.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.GOOGLE_WORKSPACE_USERS);
        assertThat(seats(read)).containsExactly(
                "2 | andreanne.lemieux@atelierboreal.ca | Google Workspace | 2026-10-30 | true | false | null",
                "3 | zoe.letourneau@atelierboreal.ca | Google Workspace | 2026-10-08 | true | true | null",
                "4 | nouvel.employe@atelierboreal.ca | Google Workspace | null | true | false | null");
    }

    @Test
    void oktaCurrentAssignmentsUseTheLoginAndDropEndedAssignments() throws IOException {
        var read = read("okta-current-assignments.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.OKTA_ASSIGNMENTS);
        assertThat(seats(read)).containsExactly(
                "2 | kevin.tran@atelierboreal.ca | Figma | 2026-10-29 | true | false | 2025-01-15",
                "4 | sophie.lavoie@atelierboreal.ca | Miro | null | true | false | 2026-10-20");
        assertThat(read.stats().skips()).containsExactly(skip(SkipReason.UNASSIGNED, 1, 3));
    }

    @Test
    void oktaSystemLogCountsSuccessfulAppSignInsOnlyInTheConfiguredZone() throws IOException {
        var read = read("okta-system-log.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.OKTA_SYSTEM_LOG);
        assertThat(seats(read)).containsExactly(
                "3 | kevin.tran@atelierboreal.ca | Miro | 2026-10-30 | true | false | null",
                // 02:30 UTC on Nov 1 is Oct 31 in Toronto
                "4 | Sophie.Lavoie@atelierboreal.ca | Miro | 2026-10-31 | true | false | null");
        assertThat(read.stats()).isEqualTo(new FileStats(5, 3, 0,
                List.of(skip(SkipReason.NOT_A_SIGN_IN, 1, 6), skip(SkipReason.FAILED_SIGN_IN, 1, 5))));
    }

    @Test
    void slackMemberExportGivesHoldersWithoutDates() throws IOException {
        var read = read("slack-members.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.SLACK_MEMBERS);
        assertThat(seats(read)).containsExactly(
                "2 | audrey.mercier@atelierboreal.ca | Slack | null | false | false | null",
                "3 | eric.thibault@atelierboreal.ca | Slack | null | false | false | null");
        assertThat(read.stats().skips()).containsExactly(skip(SkipReason.DEACTIVATED, 1, 4), skip(SkipReason.BOT, 1, 5),
                skip(SkipReason.NOT_BILLED, 1, 6));
    }

    @Test
    void gitHubMembersWithLoginsWithoutEmailAndASuspendedOne() throws IOException {
        var read = read("github-members.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.GITHUB_MEMBERS);
        assertThat(seats(read)).containsExactly(
                "2 | kevin.tran@atelierboreal.ca | GitHub | 2026-10-30 | true | false | null",
                "3 | jfroy | GitHub | 2026-09-02 | true | false | null");
        assertThat(read.stats().skips()).containsExactly(skip(SkipReason.SUSPENDED, 1, 4));
    }

    @Test
    void anEventLogIsReducedToTheLatestEventPerUserAndApp() throws IOException {
        var read = read("event-log.csv");
        assertThat(read.source().layout()).isEqualTo(Layout.EVENT_LOG);
        assertThat(seats(read)).containsExactly(
                "3 | Emily.Walsh@atelierboreal.ca | Loom | 2026-10-31 | true | false | null",
                "4 | kevin.tran@atelierboreal.ca | Loom | 2026-10-05 | true | false | null",
                "5 | kevin.tran@atelierboreal.ca | Otter.ai | 2026-10-06 | true | false | null");
        assertThat(read.stats()).isEqualTo(new FileStats(4, 4, 0, List.of()));
    }

    /** A log far larger than any report keeps only users × apps in memory; every event is counted. */
    @Test
    void aLargeEventLogIsAggregatedWhileItIsRead() throws IOException {
        Path log = dir.resolve("sso-events.csv");
        int events = 300_000;
        try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            out.write("Time,User,Application\n");
            for (int i = 0; i < events; i++) {
                LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i % 304);
                out.write(day + "T12:00:00Z,user" + (i % 150) + "@atelierboreal.ca,App " + (i % 40) + "\n");
            }
        }
        Inventory inventory = InputScanner.scan(dir, null, Fixture.SETTINGS);
        var read = Fixture.read(dir, inventory.sources().get(0), Mappers::usage);
        assertThat(read.source().layout()).isEqualTo(Layout.EVENT_LOG);
        assertThat(read.stats()).isEqualTo(new FileStats(events, events, 0, List.of()));
        assertThat(read.records()).hasSize(600);   // 150 users × 40 apps, each pair every 600 events
        assertThat(read.records()).allSatisfy(u -> assertThat(u.lastActive()).isAfter(LocalDate.of(2026, 10, 20)));
    }

    @Test
    void anHrRosterInFrench() throws IOException {
        var read = Fixture.read(dir, "roster/hr-roster.csv", Mappers::roster);
        assertThat(read.source().layout()).isEqualTo(Layout.ROSTER);
        assertThat(read.decisions()).containsExactly("Date de fin: DMY (VALUES)");
        assertThat(read.records()).extracting(RosterEntry::user, RosterEntry::left, RosterEntry::endDate,
                        RosterEntry::department, RosterEntry::manager)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("marie-eve.tremblay@atelierboreal.ca", false, null,
                                "Finance et administration", "sarah.goldberg@atelierboreal.ca"),
                        org.assertj.core.groups.Tuple.tuple("zoe.letourneau@atelierboreal.ca", true,
                                LocalDate.of(2026, 10, 8), "Ventes et comptes", "matthew.wilson@atelierboreal.ca"),
                        org.assertj.core.groups.Tuple.tuple("luc.pelletier@atelierboreal.ca", false,
                                LocalDate.of(2026, 11, 15), "Studio", "chantal.fortin@atelierboreal.ca"));
        assertThat(read.records().get(2).goneBy(LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(read.records().get(2).goneBy(LocalDate.of(2026, 11, 30))).isTrue();
    }
}
