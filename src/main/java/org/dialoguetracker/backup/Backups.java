package org.dialoguetracker.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes every table of a database into a backup ({@link BackupFormat}) and restores such a backup into an empty
 * database, all or nothing. Works on any DataSource, so that tests and the command line can point it at a
 * database other than the app's own.
 */
public final class Backups {

    private static final JsonFactory JSON = new JsonFactory();

    private static final int FETCH_SIZE = 1000;

    /** Tables that must be empty for a restore: a database with any of these rows holds someone's work. */
    private static final List<String> WORK = List.of("dialogue", "institution", "topic", "meeting", "participant",
            "statement", "recommendation", "follow_up_action");

    private final DataSource dataSource;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transaction;

    /** One consistent snapshot for the whole backup. */
    private final TransactionTemplate snapshot;

    /** For a database of its own (tests, tools): transactions straight on the DataSource. */
    public Backups(DataSource dataSource) {
        this(dataSource, new DataSourceTransactionManager(dataSource));
    }

    /**
     * For the app's database: its own transaction manager, so that whatever else runs on the thread meanwhile (Spring
     * Session saving the session when the streamed response commits) can suspend the backup's transaction.
     */
    public Backups(DataSource dataSource, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Streams the backup to {@code out}, in one read-only transaction so that it is a consistent snapshot. */
    public void write(OutputStream out) {
        snapshot.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
                json.writeStartObject();
                json.writeName("format").writeString(BackupFormat.FORMAT);
                json.writeName("formatVersion").writeNumber(BackupFormat.VERSION);
                json.writeName("schemaVersion").writeString(schemaVersion());
                json.writeName("createdAt").writeString(Instant.now().toString());
                json.writeName("tables").writeStartArray();
                for (String table : BackupFormat.TABLES) {
                    writeTable(connection, table, json);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            catch (SQLException ex) {
                throw new IllegalStateException("Could not read the database for the backup", ex);
            }
        });
    }

    /**
     * Restores a backup into this database, which must hold no work yet (accounts and the audit trail of a fresh
     * start are replaced by the backup's, and their sessions end). One transaction: on any error nothing of the
     * backup stays. A backup that lacks any table of its schema version (a cut or hand-made file that is still valid
     * JSON) is refused, and so is one without an active admin: either would leave a database nobody can manage,
     * having replaced the accounts of the fresh start.
     *
     * @param progress told the name and row count of each table once it is loaded
     * @return rows loaded per table
     */
    public Map<String, Integer> restore(InputStream in, Consumer<String> progress) {
        return transaction.execute(status -> {
            for (String table : WORK) {
                Integer rows = jdbc.queryForObject("select count(*) from (select 1 from " + table + " limit 1) t",
                        Integer.class);
                if (rows != null && rows > 0) {
                    throw new BackupException("backup.restore.notEmpty", table);
                }
            }
            // every counter is bumped once at the end (afterReplacingEverything), not by each inserted row (V16)
            jdbc.execute("set local dialogue.hold_data_versions = 'on'");
            // the published editions refuse to be emptied but by a restore, in the restore's own transaction (V20)
            jdbc.execute("set local dialogue.restoring = 'on'");
            jdbc.execute("truncate " + String.join(", ", BackupFormat.TABLES) + " restart identity cascade");
            Map<String, Integer> loaded = new LinkedHashMap<>();
            try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), in)) {
                readHeader(json);
                expect(json, JsonToken.START_ARRAY);
                Connection connection = DataSourceUtils.getConnection(dataSource);
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    String table = readTable(connection, json);
                    loaded.put(table, count(table));
                    progress.accept(table + ": " + loaded.get(table));
                }
                List<String> missing = BackupFormat.TABLES.stream().filter(table -> !loaded.containsKey(table)).toList();
                if (!missing.isEmpty()) {
                    throw new BackupException("backup.restore.missingTables", String.join(", ", missing));
                }
                if (!hasActiveAdmin()) {
                    throw new BackupException("backup.restore.noAdmin", "app_user");
                }
                for (String table : BackupFormat.TABLES) {
                    resetIdentity(table);
                }
                afterReplacingEverything();
            }
            catch (SQLException ex) {
                throw new BackupException("backup.restore.failed", ex.getMessage());
            }
            catch (tools.jackson.core.JacksonException ex) {
                throw new BackupException("backup.restore.notJson", ex.getOriginalMessage());
            }
            return loaded;
        });
    }

    /**
     * What the restored data makes stale, in the restore's transaction: the counts any instance has cached (every
     * data version is bumped once, as the loaded tables' triggers were held back) and the sessions, which
     * were opened with accounts the backup's have replaced. Last, so that no page of the restore in the browser is
     * flushed, and its session saved, while the restore holds the session's row.
     */
    private void afterReplacingEverything() {
        jdbc.update("update data_version set version = version + 1");
        jdbc.update("delete from spring_session");
    }

    private String schemaVersion() {
        return jdbc.queryForObject("""
                select version from flyway_schema_history where success and version is not null
                 order by installed_rank desc limit 1""", String.class);
    }

    private void writeTable(Connection connection, String table, JsonGenerator json) throws SQLException {
        String query = BackupFormat.orderBy(table);
        if (query == null) {
            query = "select " + String.join(", ", storedColumns(table).stream().map(Backups::quoted).toList())
                    + " from " + table + " order by " + String.join(", ", primaryKey(table));
        }
        try (PreparedStatement statement = connection.prepareStatement(query, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(BackupFormat.rowsAtOnce(table, FETCH_SIZE));
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                json.writeStartObject();
                json.writeName("name").writeString(table);
                json.writeName("columns").writeStartArray();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    json.writeString(meta.getColumnName(c));
                }
                json.writeEndArray();
                json.writeName("rows").writeStartArray();
                while (rows.next()) {
                    json.writeStartArray();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        writeValue(rows, c, meta.getColumnType(c), json);
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        }
    }

    private static void writeValue(ResultSet rows, int column, int type, JsonGenerator json) throws SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> {
                long value = rows.getLong(column);
                if (rows.wasNull()) {
                    json.writeNull();
                }
                else {
                    json.writeNumber(value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(column);
                if (rows.wasNull()) {
                    json.writeNull();
                }
                else {
                    json.writeBoolean(value);
                }
            }
            default -> {
                String value = rows.getString(column);
                if (value == null) {
                    json.writeNull();
                }
                else {
                    json.writeString(value);
                }
            }
        }
    }

    private void readHeader(JsonParser json) {
        expect(json, JsonToken.START_OBJECT);
        Map<String, String> header = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            if ("tables".equals(name)) {
                break;
            }
            json.nextToken();
            header.put(name, json.getText());
        }
        if (!BackupFormat.FORMAT.equals(header.get("format"))) {
            throw new BackupException("backup.restore.notABackup", String.valueOf(header.get("format")));
        }
        if (!String.valueOf(BackupFormat.VERSION).equals(header.get("formatVersion"))) {
            throw new BackupException("backup.restore.formatVersion", String.valueOf(header.get("formatVersion")));
        }
        if (!schemaVersion().equals(header.get("schemaVersion"))) {
            throw new BackupException("backup.restore.schemaVersion", header.get("schemaVersion") + " ≠ "
                    + schemaVersion());
        }
    }

    private String readTable(Connection connection, JsonParser json) throws SQLException {
        String table = null;
        List<String> columns = new ArrayList<>();
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            json.nextToken();
            switch (name) {
                case "name" -> {
                    if (table != null || json.currentToken() != JsonToken.VALUE_STRING) {
                        throw new BackupException("backup.restore.badTable", String.valueOf(table));
                    }
                    table = json.getText();
                    if (!BackupFormat.TABLES.contains(table)) {
                        throw new BackupException("backup.restore.unknownTable", table);
                    }
                }
                case "columns" -> readColumns(json, table, columns);
                case "rows" -> insertRows(connection, table, columns, json);
                default -> json.skipChildren();
            }
        }
        return table;
    }

    /**
     * The table's columns as the backup lists them, each checked against the schema as it is read: a table's name
     * comes first, every column is one of that table's, and none twice. So a list can never be longer than the
     * table is wide, whatever the file holds (a backup whose list named 30 million columns ran out of memory before
     * anything refused it).
     */
    private void readColumns(JsonParser json, String table, List<String> columns) {
        if (table == null || !columns.isEmpty() || json.currentToken() != JsonToken.START_ARRAY) {
            throw new BackupException("backup.restore.badTable", String.valueOf(table));
        }
        Set<String> known = columnTypes(table).keySet();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            String column = json.currentToken() == JsonToken.VALUE_STRING ? json.getText() : null;
            if (column == null || !known.contains(column)) {
                throw new BackupException("backup.restore.unknownColumn", table + "." + column);
            }
            if (columns.contains(column)) {
                throw new BackupException("backup.restore.badTable", table + "." + column);
            }
            columns.add(column);
        }
    }

    /**
     * Loads the table's rows with one {@code COPY … FROM STDIN}, fed as the backup is read, a buffer at a time. One
     * statement per table, not one per row: the statement-level triggers (the data versions, V16) fire once, and
     * PostgreSQL parses and plans once. Identity columns take the backup's values (COPY always does), and each value
     * is read by its column's type as a cast from text would read it.
     */
    private void insertRows(Connection connection, String table, List<String> columns, JsonParser json)
            throws SQLException {
        if (table == null || columns.isEmpty()) {
            throw new BackupException("backup.restore.badTable", String.valueOf(table));
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " ("
                + String.join(", ", columns.stream().map(Backups::quoted).toList()) + ") from stdin");
        try {
            CopyText rows = new CopyText(copy);
            while (json.nextToken() == JsonToken.START_ARRAY) {
                int c = 0;
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    if (c == columns.size() || json.currentToken().isStructStart()) {
                        // more values than columns, or a value that is no scalar: refused before it is read
                        throw new BackupException("backup.restore.badRow", table);
                    }
                    rows.value(c++ == 0, json.currentToken() == JsonToken.VALUE_NULL ? null : json.getText());
                }
                if (c != columns.size()) {
                    throw new BackupException("backup.restore.badRow", table);
                }
                rows.endRow();
            }
            rows.flush();
            copy.endCopy();
        }
        finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private Map<String, String> columnTypes(String table) {
        Map<String, String> types = new LinkedHashMap<>();
        jdbc.query("""
                select column_name, format_type(a.atttypid, a.atttypmod) as type
                  from information_schema.columns c
                  join pg_attribute a on a.attrelid = cast(c.table_name as regclass) and a.attname = c.column_name
                 where c.table_schema = current_schema() and c.table_name = ?""",
                rs -> {
                    types.put(rs.getString("column_name"), rs.getString("type"));
                }, table);
        return types;
    }

    /** The columns a backup holds: generated ones (the text search vectors) are derived on restore. */
    private List<String> storedColumns(String table) {
        return jdbc.queryForList("""
                select column_name from information_schema.columns
                 where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
                 order by ordinal_position""", String.class, table);
    }

    private void resetIdentity(String table) {
        jdbc.query("""
                select column_name from information_schema.columns
                 where table_schema = current_schema() and table_name = ? and is_identity = 'YES'""",
                rs -> {
                    String column = rs.getString(1);
                    jdbc.queryForObject("select setval(pg_get_serial_sequence(?, ?), coalesce(max(" + quoted(column)
                            + "), 0) + 1, false) from " + table, Long.class, table, column);
                }, table);
    }

    private List<String> primaryKey(String table) {
        return jdbc.queryForList("""
                select a.attname from pg_index i
                  join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                 where i.indrelid = cast(? as regclass) and i.indisprimary
                 order by array_position(i.indkey, a.attnum)""", String.class, table);
    }

    private boolean hasActiveAdmin() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from app_user where role = 'ADMIN' and active)", Boolean.class));
    }

    private int count(String table) {
        Integer rows = jdbc.queryForObject("select count(*) from " + table, Integer.class);
        return rows == null ? 0 : rows;
    }

    private static void expect(JsonParser json, JsonToken token) {
        if (json.nextToken() != token) {
            throw new BackupException("backup.restore.notABackup", String.valueOf(json.currentToken()));
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A backup that cannot be restored, with the message key saying why. */
    public static final class BackupException extends RuntimeException {

        private final String messageKey;

        private final String detail;

        BackupException(String messageKey, String detail) {
            super(messageKey + ": " + detail);
            this.messageKey = messageKey;
            this.detail = detail;
        }

        public String messageKey() {
            return messageKey;
        }

        public String detail() {
            return detail;
        }
    }

}
