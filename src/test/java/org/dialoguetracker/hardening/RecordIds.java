package org.dialoguetracker.hardening;

import java.util.Map;

/**
 * Which record a path variable names, by the collection segment before it: {@code /meetings/{id}} a meeting,
 * {@code /meetings/{meetingId}/agenda/{itemId}} an agenda item of that meeting. The agenda item, statement and
 * attendance always belong to the meeting of the same set.
 */
record RecordIds(Map<String, String> byCollection) implements Route.VariableValue {

    static final String MEETINGS = "meetings";

    static final String DIALOGUES = "dialogues";

    static final String AGENDA = "agenda";

    static final String STATEMENTS = "statements";

    static final String ATTENDANCE = "attendance";

    static final String PARTICIPANTS = "participants";

    static final String INSTITUTIONS = "institutions";

    static final String TOPICS = "topics";

    static final String RECOMMENDATIONS = "recommendations";

    static final String FOLLOW_UPS = "follow-ups";

    static final String USERS = "users";

    /** A meeting's published report editions, {@code /meetings/{id}/report/editions/{n}}: by number. */
    static final String EDITIONS = "editions";

    /** Personal access tokens, {@code /profile/tokens/{id}}. */
    static final String TOKENS = "tokens";

    /** Guest reviewers' invitations, {@code /meetings/{id}/report/reviewers/{invitationId}}. */
    static final String REVIEWERS = "reviewers";

    /** A review link's token, {@code /review/{token}}: a valid link to the draft of the meeting of the same set. */
    static final String REVIEW = "review";

    /** A mail of the outbox, {@code /admin/outbox/{id}}: a fixture mail with one attachment. */
    static final String OUTBOX = "outbox";

    /** That mail's attachment, {@code /admin/outbox/{id}/attachments/{attachmentId}}. */
    static final String ATTACHMENTS = "attachments";

    /** A mail's unsubscribe link, {@code /unsubscribe/{token}}: a valid token of a fixture address's digest. */
    static final String UNSUBSCRIBE = "unsubscribe";
    /** Documents, {@code /documents/{id}}: one researchers may read. */
    static final String DOCUMENTS = "documents";

    /** A document's versions, {@code /documents/{id}/versions/{n}}: by number. */
    static final String VERSIONS = "versions";

    RecordIds {
        byCollection = Map.copyOf(byCollection);
    }

    @Override
    public String of(String variable, String collection) {
        String value = byCollection.get(collection);
        if (value == null) {
            throw new IllegalStateException("No record is known for the path variable {" + variable + "} after /"
                    + collection + "/: teach RecordIds and HardeningFixtures (demo and fresh) which record it names");
        }
        return value;
    }

    String get(String collection) {
        return of("?", collection);
    }

    long id(String collection) {
        return Long.parseLong(get(collection));
    }
}
