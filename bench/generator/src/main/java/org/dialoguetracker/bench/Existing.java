package org.dialoguetracker.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database holds before the load: the topic taxonomy (generated rows are tagged with it), the demo dialogue
 * (continued), the organisers and admins (who recorded the status changes), the references taken, and the highest id
 * of each table (generated rows take the ids after it).
 */
record Existing(List<Topic> topics, Long demoDialogueId, List<Long> recorders, List<String> references,
        Map<String, Long> maxIds) {

    static final List<String> TABLES_WITH_IDS = List.of("institution", "dialogue", "participant", "meeting",
            "agenda_item", "attendance", "statement", "recommendation", "recommendation_status_change",
            "follow_up_action", "revision");

    /** The demo data's dialogue, whose references start with UKRU. */
    static final String DEMO_DIALOGUE = "UK–Russia Security Dialogue";

    record Topic(long id, Long parentId, String slug, String nameEn, String nameRu) {
    }

    static Existing read(Connection connection) throws SQLException {
        List<Topic> topics = new ArrayList<>();
        List<Long> recorders = new ArrayList<>();
        List<String> references = new ArrayList<>();
        Map<String, Long> maxIds = new HashMap<>();
        Long demoDialogue = null;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select id, parent_id, slug, name_en, name_ru from topic order by parent_id nulls first, position, id")) {
                while (rs.next()) {
                    Long parent = rs.getObject(2, Long.class);
                    topics.add(new Topic(rs.getLong(1), parent, rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            try (ResultSet rs = statement.executeQuery(
                    "select id from app_user where role in ('ORGANISER', 'ADMIN') and active order by role desc, id")) {
                while (rs.next()) {
                    recorders.add(rs.getLong(1));
                }
            }
            try (ResultSet rs = statement.executeQuery("select reference from recommendation")) {
                while (rs.next()) {
                    references.add(rs.getString(1));
                }
            }
            try (ResultSet rs = statement.executeQuery(
                    "select min(id) from dialogue where name_en = '" + DEMO_DIALOGUE + "'")) {
                rs.next();
                demoDialogue = rs.getObject(1, Long.class);
            }
            for (String table : TABLES_WITH_IDS) {
                try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    rs.next();
                    maxIds.put(table, rs.getLong(1));
                }
            }
        }
        if (topics.stream().noneMatch(topic -> topic.parentId() == null)) {
            throw new IllegalStateException("The database has no topics: start the app on it once, so that Flyway "
                    + "creates the schema and the demo data (with its topic taxonomy) is loaded.");
        }
        return new Existing(List.copyOf(topics), demoDialogue, List.copyOf(recorders), List.copyOf(references),
                Map.copyOf(maxIds));
    }

    long maxId(String table) {
        return maxIds.get(table);
    }
}
