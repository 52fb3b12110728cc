package org.dialoguetracker.document;

/** What a document is kept with: the column of {@code document} that names it, and the path of its collection. */
public enum OwnerKind {
    MEETING("meeting_id", "meetings"), RECOMMENDATION("recommendation_id", "recommendations"),
    FOLLOW_UP("follow_up_id", "follow-ups");

    private final String column;

    private final String collection;

    OwnerKind(String column, String collection) {
        this.column = column;
        this.collection = collection;
    }

    String column() {
        return column;
    }

    /** The path segment of its records, {@code meetings} for {@code /meetings/{id}/documents}. */
    public String collection() {
        return collection;
    }
}
