package org.dialoguetracker.imports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.dialoguetracker.followup.FollowUpEditing;
import org.dialoguetracker.followup.FollowUpForm;
import org.dialoguetracker.followup.FollowUpService;
import org.dialoguetracker.followup.FollowUpStatus;
import org.dialoguetracker.recommendation.RecommendationDetails.TimelineEntry;
import org.dialoguetracker.recommendation.RecommendationEditing;
import org.dialoguetracker.recommendation.RecommendationFixtures;
import org.dialoguetracker.recommendation.RecommendationHistory;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.recommendation.RecommendationStatus;
import org.dialoguetracker.recommendation.StatusChangeForm;
import org.dialoguetracker.recommendation.StatusChangeRefused;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.dialoguetracker.shared.history.HistoryEntry;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk status update writes its lines set-based, with JDBC, rather than through the forms' entities: what it
 * leaves must read exactly as what the status and follow-up forms leave. Two twin recommendations, one moved by the
 * forms' services, the other by an imported file; their timelines, their History tabs (the recommendation's and its
 * follow-ups'), their Envers rows and their revisions are compared.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetBasedApplyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    BulkStatusUpdate bulk;

    @Autowired
    RecommendationEditing editing;

    @Autowired
    FollowUpEditing followUps;

    @Autowired
    RecommendationHistory recommendationHistory;

    @Autowired
    FollowUpService followUpService;

    @Autowired
    RecommendationService recommendations;

    RecommendationFixtures fixtures;

    long dialogue;

    @BeforeAll
    void dialogue() {
        fixtures = new RecommendationFixtures(jdbc);
        dialogue = fixtures.dialogue();
    }

    @AfterEach
    void archive() {
        fixtures.archiveAll();
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_imported_change_and_follow_up_read_as_the_same_made_through_the_forms() {
        long meeting = meeting();
        String byForm = RecommendationFixtures.unique("SETBASED-FORM");
        String byImport = RecommendationFixtures.unique("SETBASED-FILE");
        String byImportToo = RecommendationFixtures.unique("SETBASED-FILE2");
        long formId = fixtures.recommendation(meeting, byForm, "Joint incident hotline", "PROPOSED");
        long importId = fixtures.recommendation(meeting, byImport, "Joint incident hotline", "PROPOSED");
        long otherId = fixtures.recommendation(meeting, byImportToo, "Exchange of observers", "ADOPTED");
        LocalDate due = LocalDate.of(2031, 3, 31);
        String note = "  Taken up by both ministries  ";

        signIn("admin");
        transactions.executeWithoutResult(status -> {
            editing.changeStatus(formId, StatusChangeForm.today(RecommendationStatus.UNDER_CONSIDERATION, note,
                    today(), fixtures.version(formId)), "admin");
            followUps.create(formId, new FollowUpForm("Draft the hotline's terms", "Составить условия", null, null,
                    null, due, FollowUpStatus.OPEN, null));
        });
        ImportPlan plan = bulk.preview("review.csv", csv(
                "reference,status,note,follow_up,follow_up_ru,follow_up_due",
                byImport + ",UNDER_CONSIDERATION,\"" + note + "\",Draft the hotline's terms,Составить условия," + due,
                byImportToo + ",IN_PROGRESS,,,,"));
        assertThat(plan.canApply()).isTrue();
        ImportResult result = bulk.apply(plan, "admin");
        assertThat(result.statusChanges()).isEqualTo(2);
        assertThat(result.followUps()).isEqualTo(1);

        // the recommendation and its timeline
        assertThat(jdbc.queryForObject("select status from recommendation where id = ?", String.class, importId))
                .isEqualTo("UNDER_CONSIDERATION");
        assertThat(fixtures.version(importId)).isEqualTo(fixtures.version(formId));
        assertThat(timeline(importId)).isEqualTo(timeline(formId));
        assertThat(timeline(importId).get(1)).extracting(TimelineEntry::to, TimelineEntry::changedBy)
                .containsExactly(RecommendationStatus.UNDER_CONSIDERATION, "Demo Admin");
        assertThat(timeline(otherId).get(1).note().en()).isEqualTo("Bulk status update from review.csv");

        // the History tabs: the same entries, changes and user
        List<HistoryEntry> formHistory = recommendationHistory.of(formId);
        List<HistoryEntry> importHistory = recommendationHistory.of(importId);
        assertThat(importHistory).hasSize(1);
        assertThat(comparable(importHistory, byImport)).isEqualTo(comparable(formHistory, byForm));
        assertThat(importHistory.get(0).changes()).extracting(HistoryEntry.Change::after).contains(byImport);
        List<HistoryEntry> formFollowUps = followUpService.history(formId);
        List<HistoryEntry> importFollowUps = followUpService.history(importId);
        assertThat(importFollowUps).hasSize(1);
        assertThat(importFollowUps.get(0).kind()).isEqualTo(HistoryEntry.Kind.CREATED);
        assertThat(comparable(importFollowUps, byImport)).isEqualTo(comparable(formFollowUps, byForm));

        // the Envers rows themselves, column by column, and the revision: one for the whole file, with the kinds
        // of record it touched as Envers lists them
        assertThat(audRow("recommendation_aud", "id", importId)).isEqualTo(audRow("recommendation_aud", "id", formId));
        assertThat(audRow("follow_up_action_aud", "recommendation_id", importId))
                .isEqualTo(audRow("follow_up_action_aud", "recommendation_id", formId));
        long importRevision = importHistory.get(0).revision();
        assertThat(recommendationHistory.of(otherId)).extracting(HistoryEntry::revision)
                .containsExactly(importRevision);
        assertThat(importFollowUps.get(0).revision()).isEqualTo(importRevision);
        assertThat(revisionKinds(importRevision)).isEqualTo(revisionKinds(formHistory.get(0).revision()))
                .hasSize(2);
        assertThat(jdbc.queryForObject("select username from revision where id = ?", String.class, importRevision))
                .isEqualTo("admin");
    }

    @Test
    void the_set_based_change_keeps_the_lifecycle_and_the_version_and_saves_nothing_when_refused() {
        long meeting = meeting();
        long open = fixtures.recommendation(meeting, RecommendationFixtures.unique("SETBASED-OPEN"), "Open",
                "PROPOSED");
        long rejected = fixtures.recommendation(meeting, RecommendationFixtures.unique("SETBASED-REJ"), "Rejected",
                "REJECTED");
        Supplier<Integer> changes = () -> fixtures.count(
                "select count(*) from recommendation_status_change where recommendation_id in (?, ?)", open, rejected);
        Supplier<Integer> history = () -> fixtures.count(
                "select count(*) from recommendation_aud where id in (?, ?)", open, rejected);
        int changesBefore = changes.get();
        int historyBefore = history.get();

        // the lifecycle's own rule and refusal, as the status form gets it
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> editing.changeStatuses(Map.of(
                open, form(RecommendationStatus.UNDER_CONSIDERATION, fixtures.version(open)),
                rejected, form(RecommendationStatus.IN_PROGRESS, fixtures.version(rejected))), "admin")))
                .isInstanceOf(StatusChangeRefused.class);
        // a form made on an older version is stale, as on the form
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> editing.changeStatuses(Map.of(
                open, form(RecommendationStatus.UNDER_CONSIDERATION, fixtures.version(open) - 1)), "admin")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(changes.get()).isEqualTo(changesBefore);
        assertThat(history.get()).isEqualTo(historyBefore);
        assertThat(jdbc.queryForObject("select status from recommendation where id = ?", String.class, open))
                .isEqualTo("PROPOSED");

        // a rejected one may be taken up again, and the version moves as Hibernate's would
        long version = fixtures.version(rejected);
        transactions.executeWithoutResult(status -> editing.changeStatuses(Map.of(
                rejected, form(RecommendationStatus.UNDER_CONSIDERATION, version)), "admin"));
        assertThat(fixtures.version(rejected)).isEqualTo(version + 1);
        assertThat(changes.get()).isEqualTo(changesBefore + 1);
        assertThat(history.get()).isEqualTo(historyBefore + 1);
    }

    private StatusChangeForm form(RecommendationStatus status, long version) {
        return StatusChangeForm.today(status, "Reviewed", today(), version);
    }

    private List<TimelineEntry> timeline(long id) {
        // the moment it was recorded differs by the milliseconds between the two writes; the day it was not
        return recommendations.details(id).timeline().stream()
                .map(entry -> new TimelineEntry(entry.effectiveOn(), entry.changedOn().atStartOfDay()
                        .toInstant(ZoneOffset.UTC), entry.from(), entry.to(), entry.note(), entry.changedBy()))
                .toList();
    }

    /** What a History tab shows of the entries, but the revision's number and moment, its own reference masked. */
    private static List<List<Object>> comparable(List<HistoryEntry> entries, String reference) {
        return entries.stream().map(entry -> List.<Object>of(entry.username(), entry.subjectLabel(),
                entry.subject().replace(reference, "REF"), entry.kind(), entry.changes().stream()
                        .map(change -> List.of(change.label(), change.before().replace(reference, "REF"),
                                change.after().replace(reference, "REF")))
                        .toList()))
                .toList();
    }

    /** The latest history row of a record, without its id, revision and reference. */
    private Map<String, Object> audRow(String table, String key, long id) {
        Map<String, Object> row = jdbc.queryForMap("select * from " + table + " where " + key
                + " = ? order by rev desc limit 1", id);
        row.remove("id");
        row.remove("rev");
        row.remove("reference");
        row.remove("recommendation_id");
        return row;
    }

    private List<String> revisionKinds(long revision) {
        return jdbc.queryForList("select entity_name from revision_entity where rev = ? order by entity_name",
                String.class, revision);
    }

    private long meeting() {
        return fixtures.meeting(dialogue, "Fixture round on set-based imports " + RecommendationFixtures.unique(""),
                LocalDate.of(1999, 5, 1));
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
    }

    private static byte[] csv(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
