package org.dialoguetracker.report;

/** How the key points are grouped: under the agenda session they were made in, or under their first topic. */
public enum KeyPointGrouping {
    BY_SESSION, BY_TOPIC
}
