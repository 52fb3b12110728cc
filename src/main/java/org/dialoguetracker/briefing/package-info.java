/**
 * The briefing before the next round of a dialogue (issue 16): what changed since the previous round (status changes
 * with their notes, follow-up actions done and now overdue), the recommendations of earlier rounds still open, and
 * each top-level topic's latest positions within the reader's attribution view; as a printable page and as PDF.
 * Composed from the modules' APIs; it keeps no table of its own.
 */
package org.dialoguetracker.briefing;
