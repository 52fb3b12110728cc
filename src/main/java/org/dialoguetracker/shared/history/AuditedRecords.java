package org.dialoguetracker.shared.history;

import java.util.function.Function;

/**
 * One kind of audited record, as the audit trail names and links its changes: a module with an {@code @Audited}
 * entity declares one such bean for it, with the describer of its History tab and the address of the page that
 * shows the record (for a part of a record, the page of the whole: an agenda item's meeting).
 *
 * @param type the audited entity
 * @param describer how its History tab describes it: the kind's label, the record's title, its fields
 * @param path the page that shows a record, e.g. {@code /recommendations/42}
 */
public record AuditedRecords<T>(Class<T> type, HistoryService.Describer<T> describer, Function<T, String> path) {
}
