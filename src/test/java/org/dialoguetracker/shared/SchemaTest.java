package org.dialoguetracker.shared;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Flyway migrations applied to an empty database, and the entities validated against them
 * ({@code ddl-auto=validate} fails the context otherwise). The database itself refuses inconsistent rows.
 */
@IntegrationTest
class SchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void every_migration_applied_successfully() {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'",
                String.class)).contains("dialogue", "institution", "meeting", "agenda_item", "participant",
                        "attendance", "topic", "statement", "statement_topic", "recommendation", "recommendation_topic",
                        "recommendation_meeting", "recommendation_status_change", "follow_up_action", "app_user");
    }

    @Test
    void a_meeting_cannot_end_before_it_starts() {
        assertRefused("""
                insert into meeting (dialogue_id, title_en, start_date, end_date, format, track_level, attribution_rule, status)
                select min(id), 'Backwards', date '2020-05-02', date '2020-05-01', 'IN_PERSON', 'TRACK_2', 'SIDE', 'HELD'
                from dialogue""", "meeting_dates_ordered");
    }

    @Test
    void enumerations_are_checked() {
        assertRefused("""
                insert into meeting (dialogue_id, title_en, start_date, end_date, format, track_level, attribution_rule, status)
                select min(id), 'Bad rule', date '2020-05-01', date '2020-05-01', 'IN_PERSON', 'TRACK_2', 'SECRET', 'HELD'
                from dialogue""", "attribution_rule");
    }

    @Test
    void a_recommendation_reference_is_unique() {
        String reference = jdbc.queryForObject("select min(reference) from recommendation", String.class);
        assertRefused("""
                insert into recommendation (reference, title_en, addressed_to, feasibility, consensus, status)
                values ('%s', 'Duplicate', 'OSCE', 'POSSIBLE', 'CONSENSUS', 'PROPOSED')""".formatted(reference),
                "recommendation_reference_uq");
    }

    @Test
    void a_text_needs_at_least_one_language() {
        assertRefused("""
                insert into topic (slug, name_en, name_ru) values ('nameless', '', null)""", "topic_name_required");
    }

    @Test
    void a_done_follow_up_has_a_completion_date() {
        assertRefused("""
                insert into follow_up_action (recommendation_id, description_en, status)
                select min(id), 'Done without a date', 'DONE' from recommendation""", "follow_up_completed_when_done");
    }

    private void assertRefused(String sql, String constraint) {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> jdbc.update(sql)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(constraint);
    }
}
