package org.dialoguetracker.report;

import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A published edition never changes, whoever asks: the database refuses UPDATE, DELETE and TRUNCATE of its rows
 * (V20's trigger), except a restore's emptying of every table, in the restore's own transaction. The demo meetings'
 * editions 1 are there to be refused.
 */
@IntegrationTest
class EditionImmutabilityTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void the_demo_meetings_have_edition_1_signed_by_both_leads_in_both_languages() {
        assertThat(jdbc.queryForList("""
                select m.city_en from report_edition e join meeting m on m.id = e.meeting_id
                 where e.number = 1 order by m.start_date""", String.class)).contains("London", "Moscow");
        String signatures = jdbc.queryForObject("""
                select e.signatures::text from report_edition e join meeting m on m.id = e.meeting_id
                 where m.city_en = 'London' and e.number = 1""", String.class);
        assertThat(signatures).contains("\"language\": \"en\"", "\"language\": \"ru\"", "\"side\": \"UK\"",
                "\"side\": \"RUSSIA\"", "Demo Organiser", "Демо Организатор");
        assertThat(jdbc.queryForObject("""
                select bool_and(pdf_en_sha256 = encode(sha256(pdf_en), 'hex') and pdf_ru_sha256 = encode(sha256(pdf_ru), 'hex'))
                  from report_edition""", Boolean.class)).isTrue();
    }

    @Test
    void an_update_of_an_edition_is_refused_by_the_database() {
        String before = jdbc.queryForObject("select change_note from report_edition order by id limit 1", String.class);
        assertThatThrownBy(() -> jdbc.update(
                "update report_edition set change_note = 'rewritten' where id = (select min(id) from report_edition)"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("A published edition of a report is never changed (UPDATE refused");
        assertThatThrownBy(() -> jdbc.update(
                "update report_edition set pdf_en = '\\x00'::bytea where id = (select min(id) from report_edition)"))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("select change_note from report_edition order by id limit 1", String.class))
                .isEqualTo(before);
    }

    @Test
    void a_delete_or_truncate_of_editions_is_refused_by_the_database() {
        int editions = count();
        assertThatThrownBy(() -> jdbc.update("delete from report_edition where id = (select min(id) from report_edition)"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("truncate report_edition"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("TRUNCATE refused");
        assertThat(count()).isEqualTo(editions).isPositive();
    }

    @Test
    void only_a_restore_switch_in_its_own_transaction_lets_editions_go_and_never_lets_them_change() {
        int editions = count();
        transaction.executeWithoutResult(status -> {
            jdbc.execute("set local dialogue.restoring = 'on'");
            assertThatThrownBy(() -> jdbc.update("update report_edition set change_note = 'x'"))
                    .isInstanceOf(DataAccessException.class);
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> {
            jdbc.execute("set local dialogue.restoring = 'on'");
            assertThat(jdbc.update("delete from report_edition")).isEqualTo(editions);
            status.setRollbackOnly();
        });
        assertThat(count()).isEqualTo(editions);
        // the switch ended with its transaction
        assertThatThrownBy(() -> jdbc.update("delete from report_edition")).isInstanceOf(DataAccessException.class);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from report_edition", Integer.class);
    }
}
