package org.dialoguetracker.topic;

import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records of another module that link to topics (statements, recommendations, agenda items). Each such module
 * declares a bean of this type, so that the topics module can say what a merge would move and move it, without
 * knowing the other modules or writing their tables: when a topic is merged away, every {@code TopicLinks} relinks
 * its own rows, in the merge's transaction, before the topic is deleted. Listed on the merge page in
 * {@link org.springframework.core.annotation.Order} order.
 */
public interface TopicLinks {

    /** The message key that says how many of these records link to a topic, with the count as {@code {0}}. */
    String countMessage();

    /** How many of these records link to the topic. */
    long count(Long topicId);

    /** Every link to the source moves to the target, unless the record has the target already: then it is dropped. */
    void relink(Long sourceId, Long targetId);

    /** Links kept in a join table of (record, topic_id), the usual case. */
    class JoinTable implements TopicLinks {

        private final JdbcTemplate jdbc;

        private final String table;

        private final String recordColumn;

        private final String countMessage;

        /** {@code table} and {@code recordColumn} are the module's own names, never a reader's input. */
        protected JoinTable(JdbcTemplate jdbc, String table, String recordColumn, String countMessage) {
            this.jdbc = jdbc;
            this.table = table;
            this.recordColumn = recordColumn;
            this.countMessage = countMessage;
        }

        @Override
        public String countMessage() {
            return countMessage;
        }

        @Override
        public long count(Long topicId) {
            Long count = jdbc.queryForObject("select count(*) from " + table + " where topic_id = ?", Long.class,
                    topicId);
            return count == null ? 0 : count;
        }

        @Override
        public void relink(Long sourceId, Long targetId) {
            jdbc.update("with moved as (delete from " + table + " where topic_id = ? returning " + recordColumn + ") "
                    + "insert into " + table + " (" + recordColumn + ", topic_id) select " + recordColumn
                    + ", ? from moved on conflict do nothing", sourceId, targetId);
        }
    }

    /**
     * Links kept on an audited entity's topics ({@code @Audited}, as recommendations, statements and agenda items
     * are): relinked through the entities rather than in SQL behind Envers' back, so that the merge leaves a
     * revision of every record it moved, by the user who merged, as an edit of its topics would. The record's History
     * then shows the merge, and its latest topics are those its page shows.
     */
    class AuditedJoinTable<T> extends JoinTable {

        private final JdbcTemplate jdbc;

        private final EntityManager entityManager;

        private final Class<T> type;

        private final String table;

        private final String recordColumn;

        private final Function<T, Set<Topic>> topics;

        /** {@code topics} gives a record's own (mutable, persistent) set of topics. */
        protected AuditedJoinTable(JdbcTemplate jdbc, EntityManager entityManager, Class<T> type, String table,
                String recordColumn, String countMessage, Function<T, Set<Topic>> topics) {
            super(jdbc, table, recordColumn, countMessage);
            this.jdbc = jdbc;
            this.entityManager = entityManager;
            this.type = type;
            this.table = table;
            this.recordColumn = recordColumn;
            this.topics = topics;
        }

        @Override
        public void relink(Long sourceId, Long targetId) {
            Topic target = entityManager.find(Topic.class, targetId);
            for (Long id : jdbc.queryForList("select " + recordColumn + " from " + table + " where topic_id = ? order by 1",
                    Long.class, sourceId)) {
                Set<Topic> linked = topics.apply(entityManager.find(type, id));
                linked.removeIf(topic -> topic.getId().equals(sourceId));
                linked.add(target);
            }
            // written now, before the merged topic's row is deleted in SQL
            entityManager.flush();
        }
    }
}
