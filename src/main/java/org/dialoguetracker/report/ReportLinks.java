package org.dialoguetracker.report;

/**
 * What of a meeting's joint report exists, for the links of the meeting page.
 *
 * @param draft a draft was started (organisers get a link to it)
 * @param latestEdition the number of the latest published edition, 0 when none is
 */
public record ReportLinks(boolean draft, int latestEdition) {

    public boolean published() {
        return latestEdition > 0;
    }
}
