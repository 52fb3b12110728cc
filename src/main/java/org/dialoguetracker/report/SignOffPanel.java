package org.dialoguetracker.report;

import java.time.Instant;
import java.util.List;

import org.dialoguetracker.shared.Side;

/**
 * The sign-off panel of a draft: for each language and side, the lead, whether they signed the text as it stands,
 * and when an edit voided their sign-off, who had signed, when, and what changed since.
 *
 * @param hashEn the content hash of the English text now: what a sign-off of English must name
 * @param complete all four sign-offs stand: the draft may be published
 */
record SignOffPanel(List<Slot> slots, String hashEn, String hashRu, boolean complete) {

    public String hash(String language) {
        return "ru".equals(language) ? hashRu : hashEn;
    }

    public List<Slot> missing() {
        return slots.stream().filter(slot -> slot.signed() == null).toList();
    }

    /**
     * @param lead the side's lead, null when the dialogue names none
     * @param signed the standing sign-off, null when there is none
     * @param voided the last voided sign-off, when there is no standing one
     * @param refusal why the viewer may not sign here (a message key), null when they may
     */
    record Slot(String language, Side side, ReportLifecycle.Lead lead, Signed signed, Voided voided,
            String refusal) {

        public boolean mayBeSigned() {
            return refusal == null;
        }
    }

    record Signed(String signerName, Instant signedAt) {
    }

    /** A sign-off that an edit voided, and the edits of its language since it was signed. */
    record Voided(String signerName, Instant signedAt, Instant voidedAt, List<Change> changes) {
    }

    /** One edit since a voided sign-off, linked to its difference. */
    record Change(Long editId, SectionKind kind, String editedBy, Instant editedAt, boolean regenerated) {
    }
}
