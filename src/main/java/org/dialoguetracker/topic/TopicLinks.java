package org.dialoguetracker.topic;

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
}
