package org.dialoguetracker.backup;

import java.util.List;
import java.util.Map;

/**
 * The backup file, version 1: one JSON object
 * <pre>
 * { "format": "dialogue-tracker-backup", "formatVersion": 1, "schemaVersion": "7",
 *   "createdAt": "2026-11-25T16:00:00Z",
 *   "tables": [ { "name": "institution", "columns": ["id", "name_en", …], "rows": [[1, "Royal …", …], …] }, … ] }
 * </pre>
 * Tables come in an order that satisfies their foreign keys (topics parents first); rows by primary key.
 * Integers are JSON numbers, booleans JSON booleans, everything else (texts, dates, timestamps) the string
 * PostgreSQL gives for it, so that a restore casts it back exactly; the documents' bytes ({@code document_chunk.data},
 * {@code bytea}) are PostgreSQL's hex text, {@code \x…}, a chunk of 1 MB per row. Every table of the schema is either in
 * {@link #TABLES} or, with the reason, in {@link #LEFT_OUT}.
 */
final class BackupFormat {

    static final String FORMAT = "dialogue-tracker-backup";

    static final int VERSION = 1;

    /** Every table of the tracker, parents before children. */
    static final List<String> TABLES = List.of(
            "app_user", "api_token", "institution", "dialogue", "dialogue_organiser", "topic", "meeting", "agenda_item",
            "agenda_item_topic", "participant", "attendance", "statement", "statement_topic", "recommendation",
            "recommendation_topic", "recommendation_meeting", "recommendation_statement",
            "recommendation_status_change", "follow_up_action", "review_invitation",
            "document", "document_content", "document_chunk", "document_version",
            "report_draft", "report_section", "report_section_edit", "report_signoff", "report_comment",
            "report_edition",
            "notification_preference", "mail_unsubscribe", "notification_key", "mail_outbox", "mail_attachment",
            "mail_sent_log",
            "revision", "revision_entity", "meeting_aud", "agenda_item_aud", "agenda_item_topic_aud", "statement_aud",
            "statement_topic_aud", "recommendation_aud", "recommendation_topic_aud", "recommendation_meeting_aud",
            "recommendation_statement_aud", "follow_up_action_aud",
            "audit_event");

    /** The tables of the schema that a backup leaves out on purpose, and why. */
    static final Map<String, String> LEFT_OUT = Map.of(
            "flyway_schema_history", "Flyway's own: a backup restores into a database Flyway brought to the same "
                    + "schemaVersion",
            "spring_session", "sessions were opened with the accounts a restore replaces: a restore ends them all",
            "spring_session_attributes", "part of the sessions",
            "event_publication", "events between modules waiting for their listeners: they are about the work of "
                    + "the database they were published in, which a restore replaces",
            "data_version", "counters that tell every instance its cached counts are stale: the target's own must go "
                    + "on rising (set back to the backup's values, they could name counts cached before the "
                    + "restore), so a restore bumps them instead",
            "shedlock", "the locks of the scheduled mail jobs, held by running instances for minutes at most: about the "
                    + "instances of the database the backup was made from",
            "import_plan", "previews of a bulk status update waiting to be applied: worked out against the "
                    + "recommendations a restore replaces, so they could no longer be applied anyway");

    /**
     * How many rows of a table are read at a time for a backup: the documents' chunks are 1 MB each (2 MB as the text
     * of the backup), so they go a few at a time, and memory holds a few chunks, not a table. A restore streams every
     * table through COPY, a buffer of about 64 kB (or one row) at a time.
     */
    static int rowsAtOnce(String table, int usual) {
        return "document_chunk".equals(table) ? 2 : usual;
    }

    /** Tables whose rows must come in an order other than the primary key's. */
    static String orderBy(String table) {
        if ("topic".equals(table)) {
            // a topic after its parent, whatever their ids
            return """
                    with recursive depth(id, level) as (
                        select id, 0 from topic where parent_id is null
                        union all
                        select t.id, d.level + 1 from topic t join depth d on t.parent_id = d.id)
                    select t.* from topic t join depth d on d.id = t.id order by d.level, t.id""";
        }
        return null;
    }

    private BackupFormat() {
    }
}
