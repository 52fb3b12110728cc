package org.dialoguetracker.statement;

import java.util.List;
import java.util.Map;

/**
 * The key points of a meeting as its page shows them: for each agenda session, and for the statements outside any
 * session, the first few in order and how many there are in all; one part may be shown in full.
 *
 * @param sessions the parts of the agenda sessions that have statements, by agenda item id
 * @param outsideSessions the statements recorded outside any session
 */
public record KeyPoints(Map<Long, Part> sessions, Part outsideSessions) {

    static final Part NONE = new Part(List.of(), 0, false);

    /** The part of this agenda session; an empty one if it has no statement. */
    public Part of(Long agendaItemId) {
        return sessions.getOrDefault(agendaItemId, NONE);
    }

    /**
     * The statements of one session shown on the page.
     *
     * @param shown the statements shown, in the order they were recorded, as the reader may see them
     * @param total how many statements the session holds
     * @param expanded shown in full because the page asked for it, where it would otherwise be cut
     */
    public record Part(List<StatementView> shown, long total, boolean expanded) {

        /** Some statements are left out: the page offers them all. */
        public boolean truncated() {
            return shown.size() < total;
        }

        public boolean isEmpty() {
            return total == 0;
        }
    }

    /**
     * Which part the page shows in full: one agenda session, the statements outside any session, or none.
     *
     * @param agendaItemId the agenda session, or null
     * @param outsideSessions the statements outside any session
     */
    public record Full(Long agendaItemId, boolean outsideSessions) {

        public static final Full NONE = new Full(null, false);

        public static final Full OUTSIDE_SESSIONS = new Full(null, true);

        public static Full session(long agendaItemId) {
            return new Full(agendaItemId, false);
        }

        boolean covers(Long sessionId) {
            return sessionId == null ? outsideSessions : sessionId.equals(agendaItemId);
        }
    }
}
