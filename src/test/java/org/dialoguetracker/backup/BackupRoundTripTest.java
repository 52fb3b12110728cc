package org.dialoguetracker.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.UUID;

import javax.sql.DataSource;

import org.dialoguetracker.support.IntegrationTest;
import org.dialoguetracker.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A backup restored into a fresh empty database gives back the same backup; a failed restore leaves nothing. */
@IntegrationTest
class BackupRoundTripTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource appDatabase;

    String scratch;

    @AfterEach
    void dropScratchDatabase() {
        if (scratch != null) {
            jdbc.execute("drop database if exists " + scratch + " with (force)");
        }
    }

    @Test
    void export_restore_into_an_empty_database_and_export_again_gives_the_same_backup() throws Exception {
        byte[] first = download();
        DataSource fresh = freshDatabase();
        new Backups(fresh).restore(new ByteArrayInputStream(first), table -> { });
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new Backups(fresh).write(second);

        JsonNode before = withoutCreationTime(first);
        JsonNode after = withoutCreationTime(second.toByteArray());
        assertThat(after).isEqualTo(before);
        assertThat(before.get("tables").size()).isEqualTo(BackupFormat.TABLES.size());
        assertThat(new JdbcTemplate(fresh).queryForObject("select count(*) from recommendation", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from recommendation", Integer.class));
        // the identities go on after the restored rows
        Long next = new JdbcTemplate(fresh).queryForObject("""
                insert into topic (slug, name_en) values ('after-restore', 'After restore') returning id""", Long.class);
        assertThat(next).isGreaterThan(jdbc.queryForObject("select max(id) from topic", Long.class));
    }

    @Test
    void a_broken_backup_leaves_the_empty_database_as_it_was() throws Exception {
        byte[] backup = download();
        DataSource fresh = freshDatabase();
        byte[] truncated = Arrays.copyOf(backup, backup.length * 2 / 3);
        assertThatThrownBy(() -> new Backups(fresh).restore(new ByteArrayInputStream(truncated), table -> { }))
                .isInstanceOf(Backups.BackupException.class);
        JdbcTemplate target = new JdbcTemplate(fresh);
        for (String table : BackupFormat.TABLES) {
            assertThat(target.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }
    }

    @Test
    void a_database_that_holds_work_is_never_overwritten() {
        int meetings = jdbc.queryForObject("select count(*) from meeting", Integer.class);
        assertThatThrownBy(() -> new Backups(appDatabase).restore(
                new ByteArrayInputStream("{\"format\":\"dialogue-tracker-backup\"}".getBytes()), table -> { }))
                .isInstanceOf(Backups.BackupException.class)
                .hasMessageContaining("backup.restore.notEmpty");
        assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isEqualTo(meetings);
    }

    @Test
    void a_restore_in_the_browser_reports_as_it_goes_and_refuses_a_database_with_work() throws Exception {
        byte[] backup = download();
        int meetings = jdbc.queryForObject("select count(*) from meeting", Integer.class);
        String page = mvc.perform(multipart("/admin/import/backup")
                        .file(new MockMultipartFile("file", "backup.json", "application/json", backup))
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("restore-refused").contains("already holds work").contains("Nothing was changed.");
        assertThat(jdbc.queryForObject("select count(*) from meeting", Integer.class)).isEqualTo(meetings);
        mvc.perform(multipart("/admin/import/backup")
                        .file(new MockMultipartFile("file", "backup.json", "application/json", backup))
                        .with(user("organiser").roles("ORGANISER")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void only_admins_download_backups() throws Exception {
        mvc.perform(get("/admin/backup.json").with(user("organiser").roles("ORGANISER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/import/backup").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
    }

    private byte[] download() throws Exception {
        return mvc.perform(get("/admin/backup.json").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** A new, empty database on the tests' server, brought to the current schema by Flyway. */
    private DataSource freshDatabase() {
        scratch = "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("create database " + scratch);
        JdbcConnectionDetails server = TestDatabase.connectionDetails();
        String url = server.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + scratch + "$1");
        DataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), url, server.getUsername(),
                server.getPassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static JsonNode withoutCreationTime(byte[] backup) {
        JsonNode tree = new ObjectMapper().readTree(backup);
        ((ObjectNode) tree).remove("createdAt");
        return tree;
    }
}
