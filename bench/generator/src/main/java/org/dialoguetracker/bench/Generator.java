package org.dialoguetracker.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Loads a large data set into the Dialogue Tracker database, next to the demo data, in one transaction: everything
 * or nothing. The rows go in with {@code COPY}; PostgreSQL checks every constraint and trigger of the schema on the
 * way (attribution within the meeting's rule, reference pattern and uniqueness, owners of follow-ups...), and fills
 * the generated text-search columns itself. Then one revision named {@code data-generator} records the lot for the
 * History tabs, as the demo data's does, and marks the set as loaded: a second run leaves the database alone unless
 * told {@code --again}.
 */
public final class Generator {

    static final String REVISION_USER = "data-generator";

    /** The tables written, parents before children, as the foreign keys need them. */
    static final List<String> TABLES = List.of("institution", "dialogue", "dialogue_organiser", "participant",
            "meeting", "agenda_item", "agenda_item_topic", "attendance", "statement", "statement_topic",
            "recommendation", "recommendation_topic", "recommendation_meeting", "recommendation_statement",
            "recommendation_status_change", "follow_up_action", "revision", "revision_entity");

    private Generator() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.print(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        }
        catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            if (options.wrkPaths() != null) {
                WrkPaths.write(connection, options.wrkPaths());
                System.out.println("Paths for wrk written to " + options.wrkPaths());
                return;
            }
            load(connection, options, Progress.onConsole());
        }
        catch (SQLException | IOException | RuntimeException ex) {
            System.err.println("Data generator failed, the database is as it was: " + ex.getMessage());
            System.exit(1);
        }
    }

    static void load(Connection connection, Options options, Progress progress) throws SQLException, IOException {
        if (!options.again() && alreadyLoaded(connection)) {
            System.out.println("A generated data set is already loaded (revision '" + REVISION_USER
                    + "'); nothing to do. Use --again to add another.");
            return;
        }
        System.out.println("Generating " + options.describe() + " into " + options.url());
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // the app may keep reading while this runs; nothing else may write
            statement.execute("lock table " + String.join(", ", TABLES) + " in exclusive mode");
        }
        try {
            Existing existing = Existing.read(connection);
            new DataSet(connection, options, existing, progress, Instant.now()).write();
            AuditRevision.record(connection, existing, progress);
            resetIdentities(connection);
            connection.commit();
        }
        catch (SQLException | IOException | RuntimeException ex) {
            connection.rollback();
            throw ex;
        }
        connection.setAutoCommit(true);
        analyse(connection, progress);
        System.out.printf(Locale.ROOT, "Done in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    }

    static boolean alreadyLoaded(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select exists (select 1 from revision where username = '" + REVISION_USER + "')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Rows were copied with their ids: the identity sequences continue after the highest. */
    private static void resetIdentities(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : Existing.TABLES_WITH_IDS) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select max(id) from " + table + "))");
            }
        }
    }

    /** Fresh statistics and visibility maps, so that the planner sees the new sizes before the first page. */
    private static void analyse(Connection connection, Progress progress) throws SQLException {
        progress.start("statistics", TABLES.size());
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("vacuum (analyze) " + table);
                progress.step();
            }
        }
        progress.finish();
    }
}
