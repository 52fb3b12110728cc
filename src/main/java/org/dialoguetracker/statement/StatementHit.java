package org.dialoguetracker.statement;

import java.time.LocalDate;
import java.util.List;

import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.TextSearch.Highlight;

/**
 * A statement found by a search, as one reader may see it.
 *
 * @param statement       the statement with the attribution this reader may see (meeting id and title, topics)
 * @param meetingDate     when its meeting began
 * @param agendaItem      the title of its session, or null when it was said outside the agenda
 * @param snippetLanguage the language of the snippet ({@code en} or {@code ru}): the one that matched
 * @param snippet         the best passages of the text, the matched words marked
 * @param startsPartway   whether the snippet leaves out the beginning of the text
 * @param endsPartway     whether the snippet leaves out the end of the text
 */
public record StatementHit(StatementView statement, LocalDate meetingDate, Bilingual agendaItem,
        String snippetLanguage, List<Highlight> snippet, boolean startsPartway, boolean endsPartway) {
}
