package org.dialoguetracker.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import org.dialoguetracker.DialogueTrackerApplication;
import org.dialoguetracker.document.DocumentStore;
import org.dialoguetracker.document.PostgresDocumentStore;
import org.dialoguetracker.support.IntegrationTest;
import org.dialoguetracker.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A backup restored into a fresh empty database gives back the same backup, and an instance running on that database
 * serves the restored data at once; a failed restore leaves nothing.
 */
@IntegrationTest
class BackupRoundTripTest {

    private static final Pattern SHOWN_SECRET = Pattern.compile(
            "id=\"new-token-secret\"[^>]*value=\"(dtpat_[A-Za-z0-9_-]{43})\"");

    private static final String FIRST_ADMIN_PASSWORD = "first-admin-password-of-the-restore-test";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource appDatabase;

    String scratch;

    ConfigurableApplicationContext instance;

    String tokenName;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void dropScratchDatabase() {
        if (instance != null) {
            instance.close();
        }
        if (tokenName != null) {
            jdbc.update("delete from api_token where name = ?", tokenName);
        }
        if (scratch != null) {
            jdbc.execute("drop database if exists " + scratch + " with (force)");
        }
    }

    @Test
    void every_table_of_the_schema_is_in_the_backup_or_left_out_on_purpose() {
        Set<String> schema = new HashSet<>(jdbc.queryForList(
                "select tablename from pg_tables where schemaname = current_schema()", String.class));
        Set<String> decided = new HashSet<>(BackupFormat.TABLES);
        assertThat(decided).as("tables both backed up and left out").doesNotContainAnyElementsOf(
                BackupFormat.LEFT_OUT.keySet());
        decided.addAll(BackupFormat.LEFT_OUT.keySet());
        assertThat(decided).as("the backup's tables and those it leaves out, against the schema's")
                .containsExactlyInAnyOrderElementsOf(schema);
    }

    /**
     * A new installation, whose instance has cached the facet counts of no recommendation at all, gets a backup
     * restored by its first admin in the browser: the instance then serves the restored data's counts, lets a
     * personal access token of the backup in, and no longer knows the session opened with the account the restore
     * replaced (the admin's own, which the restore page saves as it streams: no deadlock with the restore).
     */
    @Test
    void an_instance_on_the_restored_database_takes_the_backups_tokens_and_counts_and_ends_older_sessions()
            throws Exception {
        String secret = aTokenOfTheResearcher();
        byte[] backup = download();
        JsonNode topics = new ObjectMapper().readTree(mvc.perform(get("/api/topics")
                .with(user("researcher").roles("RESEARCHER"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(topics.findValues("recommendationCountWithSubtopics")).as("topics holding recommendations")
                .anyMatch(count -> count.asLong() > 0);

        DataSource fresh = freshDatabase();
        instance = startInstance(fresh);
        String session = signInOnInstance("admin", FIRST_ADMIN_PASSWORD);
        HttpResponse<String> before = onInstance("/api/topics", "Cookie", session);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(before.body())).as("topics before the restore").isEmpty();
        assertThat(onInstance("/api/topics", "Authorization", "Bearer " + secret).statusCode())
                .as("the backup's token before the restore").isEqualTo(401);

        assertThat(restoreInTheBrowser(session, backup)).contains("restore-done");

        HttpResponse<String> after = onInstance("/api/topics", "Authorization", "Bearer " + secret);
        assertThat(after.statusCode()).as("the backup's token after the restore").isEqualTo(200);
        assertThat(new ObjectMapper().readTree(after.body()))
                .as("the topics and counts of the restored data, not those cached before the restore")
                .isEqualTo(topics);
        assertThat(onInstance("/api/recommendations?size=1", "Authorization", "Bearer " + secret).statusCode())
                .isEqualTo(200);
        assertThat(onInstance("/recommendations", "Cookie", session).statusCode())
                .as("a page asked with the session of the replaced first admin").isEqualTo(302);
        assertThat(onInstance("/api/topics", "Cookie", session).statusCode())
                .as("the API asked with the session of the replaced first admin").isEqualTo(401);
    }

    @Test
    void export_restore_into_an_empty_database_and_export_again_gives_the_same_backup() throws Exception {
        // a document of three chunks (2.5 MB) besides the demo's, whose bytes must come back in order
        byte[] large = new byte[5 * PostgresDocumentStore.CHUNK_SIZE / 2];
        new java.util.Random(4).nextBytes(large);
        PostgresDocumentStore appStore = new PostgresDocumentStore(appDatabase);
        DocumentStore.Stored document = new TransactionTemplate(new DataSourceTransactionManager(appDatabase))
                .execute(status -> {
                    try {
                        return appStore.put(new ByteArrayInputStream(large), Long.MAX_VALUE);
                    }
                    catch (java.io.IOException ex) {
                        throw new IllegalStateException(ex);
                    }
                });
        byte[] first;
        try {
            first = download();
        }
        finally {
            appStore.delete(document.key());
        }
        DataSource fresh = freshDatabase();
        countStatementFirings(new JdbcTemplate(fresh), MANY_ROWS);
        new Backups(fresh).restore(new ByteArrayInputStream(first), table -> { });
        // issue 18: every restored row was an INSERT of its own, which fired the tables' statement-level triggers
        // (the data versions) once per row; a table now loads in one COPY, so they fire once per table
        JdbcTemplate restoredTables = new JdbcTemplate(fresh);
        for (String table : MANY_ROWS) {
            assertThat(restoredTables.queryForObject("select count(*) from " + table, Integer.class))
                    .as("rows of %s", table).isGreaterThan(1);
        }
        assertThat(restoredTables.queryForList("select table_name from statement_firings order by table_name",
                String.class)).as("statement-level INSERT triggers fired by the restore")
                .containsExactlyElementsOf(MANY_ROWS.stream().sorted().toList());
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new Backups(fresh).write(second);

        JsonNode before = withoutCreationTime(first);
        JsonNode after = withoutCreationTime(second.toByteArray());
        assertThat(after).isEqualTo(before);
        assertThat(before.get("tables").size()).isEqualTo(BackupFormat.TABLES.size());
        assertThat(new JdbcTemplate(fresh).queryForObject("select count(*) from recommendation", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from recommendation", Integer.class));
        // the published editions come back as they were: their PDFs hash to the SHA-256 they were published with
        assertThat(new JdbcTemplate(fresh).queryForList("""
                select encode(sha256(pdf_en), 'hex') || encode(sha256(pdf_ru), 'hex') from report_edition
                 order by id""", String.class))
                .isNotEmpty()
                .isEqualTo(jdbc.queryForList("select pdf_en_sha256 || pdf_ru_sha256 from report_edition order by id",
                        String.class));
        // every document's bytes come back identical: the SHA-256 of what the restored store streams is the one
        // computed when it was stored, in the backed-up database as in the restored one
        PostgresDocumentStore restored = new PostgresDocumentStore(fresh);
        var contents = new JdbcTemplate(fresh).queryForList("select storage_key, sha256 from document_content");
        assertThat(contents).as("document contents restored").hasSizeGreaterThanOrEqualTo(3);
        for (var content : contents) {
            String key = (String) content.get("storage_key");
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            try (var in = restored.open(key)) {
                in.transferTo(new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), sha));
            }
            assertThat(java.util.HexFormat.of().formatHex(sha.digest())).as("the restored bytes of %s", key)
                    .isEqualTo(content.get("sha256"));
        }
        assertThat(contents.stream().map(content -> content.get("sha256")))
                .contains(document.sha256(), org.dialoguetracker.document.DocumentFiles.sha256(large));
        // the identities go on after the restored rows
        Long next = new JdbcTemplate(fresh).queryForObject("""
                insert into topic (slug, name_en) values ('after-restore', 'After restore') returning id""", Long.class);
        assertThat(next).isGreaterThan(jdbc.queryForObject("select max(id) from topic", Long.class));
    }

    /** Tables of the demo data with many rows each, whose statement-level triggers a restore fires. */
    private static final java.util.List<String> MANY_ROWS = java.util.List.of("statement", "statement_topic",
            "recommendation", "recommendation_status_change", "attendance", "statement_aud");

    /** An INSERT trigger per statement, not per row, on each table, that writes down each time it fires. */
    private static void countStatementFirings(JdbcTemplate target, java.util.List<String> tables) {
        target.execute("create table statement_firings (table_name text not null)");
        target.execute("""
                create function count_statement_firing() returns trigger language plpgsql as $$
                begin
                    insert into statement_firings values (TG_TABLE_NAME);
                    return null;
                end
                $$""");
        for (String table : tables) {
            target.execute("create trigger count_firing after insert on " + table
                    + " for each statement execute function count_statement_firing()");
        }
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

    /**
     * The restore writes each table with COPY's text format: a tampered value must neither end the data early nor
     * shift a column. An institution's name holding a NUL (which PostgreSQL cannot store) refuses the whole backup and
     * leaves the database empty; one holding COPY's own syntax (tab, newline, the end-of-data line {@code \.}, a
     * backslash, {@code \N}) comes back exactly as written.
     */
    @Test
    void a_tampered_value_is_refused_whole_or_restored_exactly_as_written() throws Exception {
        byte[] backup = download();
        DataSource fresh = freshDatabase();
        JdbcTemplate target = new JdbcTemplate(fresh);

        byte[] withNul = withFirstInstitutionNamed(backup, "Royal\\u0000Institute");
        assertThatThrownBy(() -> new Backups(fresh).restore(new ByteArrayInputStream(withNul), table -> { }))
                .isInstanceOf(Backups.BackupException.class);
        for (String table : BackupFormat.TABLES) {
            assertThat(target.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }

        String copySyntax = "a\\tb\\n\\\\.\\nc \\\\N d \\\\ e";
        new Backups(fresh).restore(new ByteArrayInputStream(withFirstInstitutionNamed(backup, copySyntax)), table -> { });
        assertThat(target.queryForObject("select name_en from institution order by id limit 1", String.class))
                .isEqualTo("a\tb\n\\.\nc \\N d \\ e");
        assertThat(target.queryForObject("select count(*) from institution", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from institution", Integer.class));
    }

    /** The backup with the first institution's English name replaced by a JSON string's content as written. */
    private static byte[] withFirstInstitutionNamed(byte[] backup, String jsonStringContent) {
        ObjectMapper json = new ObjectMapper();
        JsonNode tree = json.readTree(backup);
        for (JsonNode table : tree.get("tables")) {
            if (table.get("name").asString().equals("institution")) {
                int column = 0;
                while (!table.get("columns").get(column).asString().equals("name_en")) {
                    column++;
                }
                JsonNode value = json.readTree("\"" + jsonStringContent + "\"");
                ((tools.jackson.databind.node.ArrayNode) table.get("rows").get(0)).set(column, value);
            }
        }
        return json.writeValueAsBytes(tree);
    }

    /** Issue 18: a backup with no tables, restored into a fresh installation, once left it without any account. */
    @Test
    void a_backup_lacking_tables_of_its_schema_is_refused_and_the_first_admin_stays() {
        DataSource fresh = freshDatabase();
        JdbcTemplate target = new JdbcTemplate(fresh);
        firstAdmin(target);
        String schemaVersion = schemaVersion(target);
        String empty = "{\"format\":\"dialogue-tracker-backup\",\"formatVersion\":1,\"schemaVersion\":\""
                + schemaVersion + "\",\"tables\":[]}";
        assertThatThrownBy(() -> new Backups(fresh).restore(
                new ByteArrayInputStream(empty.getBytes(StandardCharsets.UTF_8)), table -> { }))
                .isInstanceOf(Backups.BackupException.class)
                .hasMessageContaining("backup.restore.missingTables").hasMessageContaining("app_user");
        assertThat(target.queryForList("select username from app_user where role = 'ADMIN' and active", String.class))
                .containsExactly("first.admin");
    }

    /**
     * Issue 18: a backup whose list of columns held 30 million names ran out of memory before anything refused it.
     * The list is now checked against the schema as it is read; the file is made as it is read too, so that the test
     * itself holds none of it.
     */
    @Test
    void a_backup_listing_millions_of_columns_is_refused_after_reading_a_few() {
        DataSource fresh = freshDatabase();
        JdbcTemplate target = new JdbcTemplate(fresh);
        firstAdmin(target);
        String schemaVersion = schemaVersion(target);
        String head = "{\"format\":\"dialogue-tracker-backup\",\"formatVersion\":1,\"schemaVersion\":\""
                + schemaVersion + "\",\"tables\":[{\"name\":\"app_user\",\"columns\":[\"id\"";
        for (String repeated : new String[] { ",\"id\"", ",\"no_such_column\"" }) {
            CountingStream file = new CountingStream(head, repeated, 30_000_000);
            assertThatThrownBy(() -> new Backups(fresh).restore(file, table -> { }))
                    .isInstanceOf(Backups.BackupException.class)
                    .hasMessageContaining(repeated.contains("id") ? "backup.restore.badTable"
                            : "backup.restore.unknownColumn");
            assertThat(file.read).as("bytes read of a file of %d", file.size).isLessThan(1024 * 1024);
        }
        assertThat(target.queryForList("select username from app_user where role = 'ADMIN' and active", String.class))
                .containsExactly("first.admin");
    }

    /** A backup's first bytes, then one piece repeated many times, made as it is read. */
    static final class CountingStream extends java.io.InputStream {

        final long size;

        long read;

        private final byte[] head;

        private final byte[] piece;

        CountingStream(String head, String piece, long times) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.piece = piece.getBytes(StandardCharsets.UTF_8);
            this.size = this.head.length + this.piece.length * times;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            long at = read++;
            return at < head.length ? head[(int) at] : piece[(int) ((at - head.length) % piece.length)];
        }
    }

    @Test
    void a_backup_without_an_active_admin_is_refused_and_the_first_admin_stays() throws Exception {
        ObjectNode backup = (ObjectNode) new ObjectMapper().readTree(download());
        for (JsonNode table : backup.get("tables")) {
            if ("app_user".equals(table.get("name").asString())) {
                int role = -1;
                for (int c = 0; c < table.get("columns").size(); c++) {
                    if ("role".equals(table.get("columns").get(c).asString())) {
                        role = c;
                    }
                }
                for (JsonNode row : table.get("rows")) {
                    ((tools.jackson.databind.node.ArrayNode) row).set(role, tools.jackson.databind.node.StringNode.valueOf("RESEARCHER"));
                }
            }
        }
        DataSource fresh = freshDatabase();
        JdbcTemplate target = new JdbcTemplate(fresh);
        firstAdmin(target);
        byte[] withoutAdmin = new ObjectMapper().writeValueAsBytes(backup);
        assertThatThrownBy(() -> new Backups(fresh).restore(new ByteArrayInputStream(withoutAdmin), table -> { }))
                .isInstanceOf(Backups.BackupException.class)
                .hasMessageContaining("backup.restore.noAdmin");
        assertThat(target.queryForList("select username from app_user", String.class)).containsExactly("first.admin");
        assertThat(target.queryForObject("select count(*) from recommendation", Integer.class)).isZero();
    }

    /** The account a fresh installation starts with. */
    private static String schemaVersion(JdbcTemplate target) {
        return target.queryForObject("""
                select version from flyway_schema_history where success and version is not null
                 order by installed_rank desc limit 1""", String.class);
    }

    private static void firstAdmin(JdbcTemplate target) {
        target.update("""
                insert into app_user (username, password_hash, display_name, role)
                values ('first.admin', '{noop}x', 'First admin', 'ADMIN')""");
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

    /** A token the researcher makes on the profile page, its secret read from the page that shows it once. */
    private String aTokenOfTheResearcher() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("researcher").password("demo")).andReturn()
                .getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        tokenName = "Restored notebook " + UUID.randomUUID();
        mvc.perform(post("/profile/tokens").param("name", tokenName).cookie(session).with(csrf()))
                .andExpect(status().isFound());
        Matcher shown = SHOWN_SECRET.matcher(mvc.perform(get("/profile").cookie(session)).andReturn().getResponse()
                .getContentAsString());
        assertThat(shown.find()).as("the new token's secret on the profile page").isTrue();
        return shown.group(1);
    }

    /** The app on {@code database}, as a new installation starts: no demo, a first admin. */
    private static ConfigurableApplicationContext startInstance(DataSource database) {
        JdbcConnectionDetails server = TestDatabase.connectionDetails();
        return new SpringApplicationBuilder(DialogueTrackerApplication.class).properties(
                "server.port=0",
                "spring.datasource.url=" + ((SimpleDriverDataSource) database).getUrl(),
                "spring.datasource.username=" + server.getUsername(),
                "spring.datasource.password=" + (server.getPassword() == null ? "" : server.getPassword()),
                "dialogue.demo.enabled=false",
                "dialogue.admin-password=" + FIRST_ADMIN_PASSWORD,
                "spring.main.banner-mode=off").run();
    }

    /** Signs in on the instance with the login form; the session cookie of the signed-in user. */
    private String signInOnInstance(String username, String password) throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(onInstance("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(onInstance("/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        String signedIn = login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION="))
                ? sessionCookie(login) : cookie;
        assertThat(onInstance("/recommendations", "Cookie", signedIn).statusCode()).as("signed in").isEqualTo(200);
        return signedIn;
    }

    /** The restore page's form, sent with the file as a browser sends it; the progress page it streams back. */
    private String restoreInTheBrowser(String session, byte[] backup) throws Exception {
        HttpResponse<String> page = onInstance("/admin/import/backup", "Cookie", session);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("the restore form's CSRF token").isTrue();
        String boundary = "restore-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"backup.json\""
                + "\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(backup);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> restored = http.send(HttpRequest.newBuilder(onInstance("/admin/import/backup"))
                .header("Cookie", session).header("X-CSRF-TOKEN", csrf.group(1))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(restored.statusCode()).isEqualTo(200);
        return restored.body();
    }

    private HttpResponse<String> onInstance(String path, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(onInstance(path)).header(header, value).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI onInstance(String path) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort() + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        String setCookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
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
