package org.dialoguetracker.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.dialoguetracker.DialogueTrackerApplication;
import org.dialoguetracker.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 6, "a crash test that kills the app during a restore and finds the database as it was before".
 *
 * <p>A backup of about 14,000 rows (3.5 MB, written from a database of its own) is restored in a JVM of its own
 * pointed at a fresh database that holds a first account and some audit events, as a database does after a first
 * start. The first time, {@link Backups#restore} runs in a bare JVM ({@link RestoringJvm}: the restore on a plain
 * {@code DataSource}, without the application around it, which would take 15 s of the test's time to start and
 * change nothing in what is killed) reading the backup from its standard input, and the test sends the backup only up
 * to the end of the recommendations' rows: the restore stops there, every earlier table written in its open
 * transaction, however fast or slow the machine. Once PostgreSQL shows the restoring backend's last statement the
 * COPY into recommendation, the JVM is killed ({@link Process#destroyForcibly()}, SIGKILL: no shutdown hook, no
 * rollback sent). PostgreSQL must then find the target exactly as it was: every table's rows, and every identity
 * sequence, which the restore's {@code truncate … restart identity} had reset. The operators' command,
 * {@code --restore=FILE} (see {@link BackupCommandLine}), then restores the whole file, moving each data version once
 * rather than once per row, and a backup of the result equals the file byte for byte, its creation time aside.
 *
 * <p>The restore in the browser ({@code POST /admin/import/backup}) goes through the same
 * {@link Backups#restore} and so the same single transaction: a JVM killed during it leaves the database as this
 * test shows, and one crash test covers both.
 */
class RestoreCrashTest {

    /** How the child JVM's connections name themselves in {@code pg_stat_activity}. */
    private static final String APPLICATION_NAME = "restore-crash-test";

    /**
     * The table whose COPY means "well under way": it comes after 12 of the backup's tables, most of the rows. The
     * first restore is sent the backup up to the end of its rows.
     */
    private static final String MIDWAY_TABLE = "recommendation";

    /**
     * Only a guard against a hang, never a speed test: how long the first JVM may take to be seen midway. The second
     * restore, which starts the same way and goes on to the end, may take {@link #SECOND_RESTORE_FACTOR} times what
     * the first took to get midway, and never less than this.
     */
    private static final Duration HANG_GUARD = Duration.ofMinutes(5);

    private static final int SECOND_RESTORE_FACTOR = 20;

    @TempDir
    Path directory;

    private JdbcTemplate server;

    private final List<String> databases = new ArrayList<>();

    private Process child;

    @BeforeEach
    void connectToTheServer() {
        server = new JdbcTemplate(dataSource("postgres"));
    }

    @AfterEach
    void cleanUp() {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
        for (String database : databases) {
            server.execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void a_restore_killed_midway_leaves_the_database_as_it_was_and_a_second_restore_succeeds() throws Exception {
        Path backup = directory.resolve("backup.json");
        long started = System.nanoTime();
        writeABackup(backup);
        System.out.printf("[restore-crash] backup of %,d bytes written in %.1f s%n", Files.size(backup),
                seconds(started));

        String target = newDatabase("crash_target");
        JdbcTemplate targetJdbc = new JdbcTemplate(dataSource(target));
        asAfterAFirstStart(targetJdbc);
        Map<String, String> before = fingerprint(targetJdbc);

        // the restore, sent the backup up to the end of the recommendations, and killed there
        Path firstLog = directory.resolve("first-restore.log");
        started = System.nanoTime();
        child = restoreInABareJvm(target, firstLog);
        sendUpToTheEndOfTheMidwayTable(child, Files.readAllBytes(backup));
        Restoring restoring = waitUntilTheRestoreIsMidway(target, child, firstLog);
        Duration toMidway = Duration.ofNanos(System.nanoTime() - started);
        child.destroyForcibly();
        System.out.printf("[restore-crash] killed %.1f s after the start of its JVM%n", seconds(started));
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the killed JVM is gone").isTrue();
        waitUntilTheBackendIsGone(restoring.pid());
        System.out.printf("[restore-crash] killed while backend %d inserted into %s, holding locks on %s%n",
                restoring.pid(), MIDWAY_TABLE, restoring.lockedTables());

        assertThat(server.queryForObject("select count(*) from pg_prepared_xacts where database = ?", Integer.class,
                target)).as("transactions left prepared").isZero();
        assertThat(fingerprint(targetJdbc)).as("the target database after the killed restore").isEqualTo(before);

        // the same file, restored again, to the end
        Map<String, Long> versions = dataVersions(targetJdbc);
        Path secondLog = directory.resolve("second-restore.log");
        started = System.nanoTime();
        child = restoreWithTheOperatorsCommand(target, backup, secondLog);
        Duration limit = max(HANG_GUARD, toMidway.multipliedBy(SECOND_RESTORE_FACTOR));
        if (!child.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            fail("The second restore did not finish within " + limit + ", " + SECOND_RESTORE_FACTOR
                    + " times the " + toMidway + " the first took to get midway:\n" + tail(secondLog));
        }
        assertThat(child.exitValue()).as("exit code of the second restore; its log:\n" + tail(secondLog)).isZero();
        System.out.printf("[restore-crash] second restore (JVM start included) done in %.1f s%n", seconds(started));
        Map<String, Long> movedOnce = new LinkedHashMap<>();
        versions.forEach((name, version) -> movedOnce.put(name, version + 1));
        assertThat(dataVersions(targetJdbc))
                .as("data versions after the restore: each moved once at its end, not by every row it loaded (V16)")
                .isEqualTo(movedOnce);

        Path again = directory.resolve("backup-of-the-restored-database.json");
        try (OutputStream out = Files.newOutputStream(again)) {
            new Backups(dataSource(target)).write(out);
        }
        assertThat(difference(withoutCreationTime(Files.readAllBytes(backup)),
                withoutCreationTime(Files.readAllBytes(again))))
                .as("where a backup of the restored database differs from the restored file").isEmpty();
    }

    // --- the backup ---

    /**
     * A database of its own filled with a decade of made-up work (60 rounds, 600 people, 3,000 statements, 1,000
     * recommendations with a status change and a follow-up each, 500 audit events), backed up to {@code file}.
     */
    private void writeABackup(Path file) throws IOException {
        String source = newDatabase("crash_source");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource(source));
        jdbc.execute("""
                insert into app_user (username, password_hash, display_name, role)
                select 'user' || g, '{noop}never-used', 'User ' || g, (array['ADMIN', 'ORGANISER', 'RESEARCHER'])[1 + g % 3]
                  from generate_series(1, 20) g;
                insert into institution (name_en, name_ru, short_name_en, country, kind, website)
                select 'Institute of Strategic Studies ' || g, 'Институт стратегических исследований ' || g, 'ISS' || g,
                       case when g % 2 = 0 then 'GB' else 'RU' end, 'THINK_TANK', 'https://iss' || g || '.example.org'
                  from generate_series(1, 40) g;
                insert into dialogue (name_en, name_ru, track_level)
                values ('Crash test dialogue', 'Диалог для проверки сбоя', 'TRACK_2');
                insert into dialogue_organiser (dialogue_id, institution_id)
                select d.id, i.id from dialogue d, institution i where i.id <= 2;
                insert into topic (slug, name_en, name_ru, position)
                select 'crash-topic-' || g, 'Topic ' || g, 'Тема ' || g, g from generate_series(1, 12) g;
                insert into topic (parent_id, slug, name_en, name_ru, position)
                select g, 'crash-subtopic-' || g, 'Subtopic ' || g, 'Подтема ' || g, g from generate_series(1, 12) g;
                insert into meeting (dialogue_id, title_en, title_ru, city_en, city_ru, host_institution_id, start_date,
                                     end_date, format, track_level, attribution_rule, status, summary_en, summary_ru)
                select (select min(id) from dialogue), 'Round ' || g, 'Раунд ' || g, 'Geneva', 'Женева', 1 + g % 40,
                       date '2010-01-01' + g * 60, date '2010-01-02' + g * 60, 'IN_PERSON', 'TRACK_2', 'NAMED', 'HELD',
                       repeat('The round ' || g || ' discussed risk reduction and military hotlines. ', 20),
                       repeat('Раунд ' || g || ' обсуждал снижение рисков и военные горячие линии. ', 20)
                  from generate_series(1, 60) g;
                insert into agenda_item (meeting_id, position, title_en, title_ru, description_en)
                select m.id, p, 'Session ' || p || ' of round ' || m.id, 'Сессия ' || p, 'What session ' || p || ' covers.'
                  from meeting m, generate_series(0, 4) p;
                insert into agenda_item_topic (agenda_item_id, topic_id) select id, 1 + id % 24 from agenda_item;
                insert into participant (name_latin, name_cyrillic, institution_id, side, capacity, position_en, email)
                select 'Person Number ' || g, 'Персона Номер ' || g, 1 + g % 40, case when g % 2 = 0 then 'UK' else 'RUSSIA' end,
                       'EXPERT', 'Senior fellow', 'person' || g || '@example.org'
                  from generate_series(1, 600) g;
                insert into attendance (meeting_id, participant_id, status, role)
                select m.id, p.id, 'ATTENDED', 'PARTICIPANT' from meeting m join participant p on p.id % 60 = m.id % 60;
                insert into statement (meeting_id, agenda_item_id, position, kind, side, attribution, speaker_id, text_en,
                                       text_ru)
                select a.meeting_id, a.id, g, (array['POSITION', 'AGREEMENT', 'DISAGREEMENT', 'PROPOSAL', 'QUOTE'])[1 + g % 5],
                       (array['UK', 'RUSSIA', 'BOTH'])[1 + g % 3], 'SIDE', null,
                       'Point ' || g || ': confidence building needs a channel that works in a crisis, '
                           || 'not only in calm times; incidents at sea and in the air are the likeliest path to '
                           || 'unintended escalation (' || md5(g::text) || ').',
                       'Тезис ' || g || ': для укрепления доверия нужен канал, который работает в кризис, а не только '
                           || 'в спокойное время; инциденты на море и в воздухе — наиболее вероятный путь к '
                           || 'непреднамеренной эскалации (' || md5(g::text) || ').'
                  from generate_series(1, 3000) g
                  join agenda_item a on a.id = 1 + g % 300;
                insert into statement_topic (statement_id, topic_id) select id, 1 + id % 24 from statement;
                insert into recommendation (reference, title_en, title_ru, text_en, text_ru, addressed_to, feasibility,
                                            consensus, status)
                select 'CRASH-' || g, 'Recommendation ' || g || ': test the hotline monthly',
                       'Рекомендация ' || g || ': ежемесячно проверять горячую линию',
                       'Both ministries of defence should test their direct line every month (' || md5(g::text) || ').',
                       'Министерствам обороны следует ежемесячно проверять прямую линию (' || md5(g::text) || ').',
                       'BOTH_GOVERNMENTS', 'REALISTIC', 'CONSENSUS', 'PROPOSED'
                  from generate_series(1, 1000) g;
                insert into recommendation_topic (recommendation_id, topic_id) select id, 1 + id % 24 from recommendation;
                insert into recommendation_meeting (recommendation_id, meeting_id) select id, 1 + id % 60 from recommendation;
                insert into recommendation_statement (recommendation_id, statement_id) select id, id from recommendation;
                insert into recommendation_status_change (recommendation_id, from_status, to_status, changed_at, note,
                                                          changed_by_id)
                select id, null, 'PROPOSED', timestamptz '2015-06-01 10:00:00+00' + id * interval '1 hour',
                       'Recorded at the round', 1 + id % 20
                  from recommendation;
                insert into follow_up_action (recommendation_id, description_en, description_ru, owner_text, due_date,
                                              status)
                select id, 'Schedule the first test of line ' || id, 'Назначить первую проверку линии ' || id,
                       'Both ministries', date '2030-01-01' + cast(id % 365 as int), 'OPEN'
                  from recommendation;
                insert into audit_event (occurred_at, username, kind, summary, address)
                select timestamptz '2020-01-01 00:00:00+00' + g * interval '1 minute', 'user' || (1 + g % 20), 'LOGIN',
                       'Signed in', '192.0.2.' || (g % 250)
                  from generate_series(1, 500) g;
                """);
        try (OutputStream out = Files.newOutputStream(file)) {
            new Backups(dataSource(source)).write(out);
        }
    }

    /** What a database holds after a first start on it: the schema, a first admin, the audit of their sign-in. */
    private static void asAfterAFirstStart(JdbcTemplate target) {
        target.update("""
                insert into app_user (username, password_hash, display_name, role)
                values ('first.admin', '{noop}never-used', 'First admin', 'ADMIN')""");
        target.update("""
                insert into audit_event (username, kind, summary, address)
                values ('first.admin', 'LOGIN', 'Signed in', '127.0.0.1'), ('first.admin', 'EXPORT', 'backup.json', null)""");
    }

    // --- the restoring JVM ---

    /**
     * {@code java … DialogueTrackerApplication --restore=FILE} on the target database, with the tests' class path: the
     * operators' command, as they run it.
     */
    private Process restoreWithTheOperatorsCommand(String database, Path backup, Path log) throws IOException {
        JdbcConnectionDetails connection = TestDatabase.connectionDetails();
        List<String> command = java(DialogueTrackerApplication.class);
        command.add("--restore=" + backup.toAbsolutePath());
        command.add("--spring.datasource.url=" + applicationNamed(url(database)));
        command.add("--spring.datasource.username=" + connection.getUsername());
        if (connection.getPassword() != null) {
            command.add("--spring.datasource.password=" + connection.getPassword());
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** {@link RestoringJvm} on the target database, its standard input a pipe from this JVM. */
    private Process restoreInABareJvm(String database, Path log) throws IOException {
        JdbcConnectionDetails connection = TestDatabase.connectionDetails();
        List<String> command = java(RestoringJvm.class);
        command.add(applicationNamed(url(database)));
        command.add(connection.getUsername());
        command.add(connection.getPassword() == null ? "" : connection.getPassword());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A JVM with the tests' class path and the tests' JVM options (see the pom), running {@code main}. */
    private static List<String> java(Class<?> main) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:-BytecodeVerificationRemote", "-cp", System.getProperty("java.class.path"), main.getName()));
    }

    private static String applicationNamed(String url) {
        return url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + APPLICATION_NAME;
    }

    /**
     * {@link Backups#restore} of the backup on standard input into the database at the JDBC URL of the first argument
     * (user and password the next two), on a plain {@code DataSource}: what the operators' command and the restore
     * page run, without the application around it.
     */
    static final class RestoringJvm {

        public static void main(String[] args) {
            DataSource target = new SimpleDriverDataSource(new org.postgresql.Driver(), args[0], args[1],
                    args[2].isEmpty() ? null : args[2]);
            new Backups(target).restore(System.in, table -> System.out.println("Restored " + table));
            System.out.println("Backup restored");
        }
    }

    /**
     * Sends the restoring JVM, on its standard input, the backup up to and with the end of {@link #MIDWAY_TABLE}'s
     * rows, and nothing more: the restore copies the last of them and waits for the rest of the table, its
     * transaction open, until it is killed. The pipe stays open (closed, it would end the restore with an error). In
     * a thread of its own, as the child reads only once it has started; a child that dies unblocks it.
     */
    private static void sendUpToTheEndOfTheMidwayTable(Process process, byte[] backup) {
        String text = new String(backup, StandardCharsets.ISO_8859_1);
        String next = BackupFormat.TABLES.get(BackupFormat.TABLES.indexOf(MIDWAY_TABLE) + 1);
        int nextTable = text.indexOf(",{\"name\":\"" + next + "\"");
        assertThat(nextTable).as("the table after " + MIDWAY_TABLE + " in the backup").isPositive();
        // the last row's "]", then the rows' "]" and the table's "}"
        assertThat(text.substring(nextTable - 3, nextTable)).as("the end of " + MIDWAY_TABLE).isEqualTo("]]}");
        int length = nextTable - 1;
        Thread sender = new Thread(() -> {
            try {
                OutputStream in = process.getOutputStream();
                in.write(backup, 0, length);
                in.flush();
            }
            catch (IOException gone) {
                // the child ended before it read it all: waitUntilTheRestoreIsMidway says so, with its log
            }
        }, "restore-crash-sender");
        sender.setDaemon(true);
        sender.start();
    }

    /**
     * Waits until PostgreSQL shows the child's backend, its last statement the COPY into {@link #MIDWAY_TABLE} (each
     * table loads with one),
     * inside a transaction that has written (it has a transaction id) and holds the truncate's exclusive lock on the
     * first table: a restore well under way, not committed. The child's log says nothing the test relies on.
     */
    private Restoring waitUntilTheRestoreIsMidway(String database, Process process, Path log) throws Exception {
        JdbcTemplate watcher = new JdbcTemplate(dataSource(database));
        long deadline = System.nanoTime() + HANG_GUARD.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("The restore ended (exit code " + process.exitValue() + ") before it was seen copying into "
                        + MIDWAY_TABLE + ". Its log:\n" + tail(log));
            }
            List<Long> pids = watcher.queryForList("""
                    select a.pid from pg_stat_activity a
                     where a.datname = current_database() and a.application_name = ?
                       and a.backend_xid is not null
                       and a.query like ?
                       and exists (select 1 from pg_locks l join pg_class c on c.oid = l.relation
                                    where l.pid = a.pid and l.granted and c.relname = 'app_user'
                                      and l.mode = 'AccessExclusiveLock')""", Long.class, APPLICATION_NAME,
                    "copy " + MIDWAY_TABLE + " (%");
            if (!pids.isEmpty()) {
                long pid = pids.get(0);
                List<String> locked = watcher.queryForList("""
                        select c.relname from pg_locks l join pg_class c on c.oid = l.relation
                         where l.pid = ? and l.granted and c.relkind = 'r' and l.mode = 'RowExclusiveLock'
                         order by c.relname""", String.class, pid);
                return new Restoring(pid, locked);
            }
            Thread.sleep(20);
        }
        fail("The restore was not seen under way within " + HANG_GUARD + ". Its log:\n" + tail(log));
        return null;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** PostgreSQL ends a backend whose client vanished once it notices; only then is the rollback certain. */
    private void waitUntilTheBackendIsGone(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (server.queryForObject("select count(*) from pg_stat_activity where pid = ?", Integer.class, pid) > 0) {
            if (System.nanoTime() > deadline) {
                fail("PostgreSQL still runs the backend " + pid + " of the killed restore");
            }
            Thread.sleep(20);
        }
    }

    private record Restoring(long pid, List<String> lockedTables) {
    }

    // --- comparing ---

    private static Map<String, Long> dataVersions(JdbcTemplate jdbc) {
        Map<String, Long> versions = new LinkedHashMap<>();
        jdbc.query("select name, version from data_version order by name",
                rs -> {
                    versions.put(rs.getString(1), rs.getLong(2));
                });
        assertThat(versions).as("data versions").isNotEmpty();
        return versions;
    }

    /**
     * Every table of the database (the tracker's, Flyway's and the sessions') as its row count and a checksum of its
     * rows, and the current value of every sequence.
     */
    private static Map<String, String> fingerprint(JdbcTemplate jdbc) {
        Map<String, String> fingerprint = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("""
                select tablename from pg_tables where schemaname = current_schema() order by tablename""",
                String.class)) {
            fingerprint.put(table, jdbc.queryForObject("select count(*) || ' rows, checksum ' "
                    + "|| coalesce(sum(hashtext(t::text)::bigint), 0) from " + table + " t", String.class));
        }
        jdbc.query("""
                select sequencename, coalesce(last_value::text, 'unused') from pg_sequences
                 where schemaname = current_schema() order by sequencename""",
                rs -> {
                    fingerprint.put("sequence " + rs.getString(1), rs.getString(2));
                });
        assertThat(fingerprint).as("tables of the target database").containsKeys("app_user", "audit_event",
                "statement", "flyway_schema_history");
        return fingerprint;
    }

    /** The backup as text without the value of its {@code createdAt}, which is the only part that may differ. */
    private static String withoutCreationTime(byte[] backup) {
        String text = new String(backup, StandardCharsets.UTF_8);
        String stripped = text.replaceFirst("\"createdAt\":\"[^\"]*\"", "\"createdAt\":\"\"");
        assertThat(stripped).as("a backup with a creation time").isNotEqualTo(text);
        return stripped;
    }

    /** Empty if the texts are equal, else both around their first difference (they are too large to print). */
    private static String difference(String expected, String actual) {
        int at = 0;
        int shorter = Math.min(expected.length(), actual.length());
        while (at < shorter && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        if (at == shorter && expected.length() == actual.length()) {
            return "";
        }
        int from = Math.max(0, at - 100);
        return "at character " + at + ":\n  file:     …" + expected.substring(from, Math.min(expected.length(), at + 100))
                + "\n  restored: …" + actual.substring(from, Math.min(actual.length(), at + 100));
    }

    // --- databases ---

    /** A new database on the tests' server, brought to the current schema by Flyway, dropped after the test. */
    private String newDatabase(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toLowerCase(Locale.ROOT);
        server.execute("create database " + name);
        databases.add(name);
        Flyway.configure().dataSource(dataSource(name)).locations("classpath:db/migration").load().migrate();
        return name;
    }

    private static DataSource dataSource(String database) {
        JdbcConnectionDetails connection = TestDatabase.connectionDetails();
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url(database), connection.getUsername(),
                connection.getPassword());
    }

    /** The tests' server URL with another database name. */
    private static String url(String database) {
        return TestDatabase.connectionDetails().getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
        catch (IOException ex) {
            return "(no log: " + ex.getMessage() + ")";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
