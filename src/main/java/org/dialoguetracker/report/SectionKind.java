package org.dialoguetracker.report;

/** The sections of a report, in print order. */
public enum SectionKind {
    TITLE, FOREWORD, INSTITUTIONS, SUMMARY, KEY_POINTS, RECOMMENDATIONS
}
