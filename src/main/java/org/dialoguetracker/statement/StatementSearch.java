package org.dialoguetracker.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.dialoguetracker.account.Viewer;
import org.dialoguetracker.system.TextSearch;
import org.dialoguetracker.system.TextSearch.Highlight;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over what was said, in English and in Russian at once (see {@link TextSearch}): the best matches
 * first, the newest meeting first among equals, each with a highlighted snippet in the language that matched (the
 * reader's own when both do). What a hit says of its speaker and side has passed the {@link AttributionPolicy}.
 *
 * <p>A page costs three statements whatever it holds: the count of the matches, the ranked page with its snippets,
 * then the statements themselves with their meeting, session, speaker and topics. (Counting apart is cheaper than a
 * window over every match, which would hold every match's text and vectors until the end.) All are native or
 * fetch-joined queries through Hibernate, so its statistics count them.
 */
@Service
@Transactional(readOnly = true)
public class StatementSearch {

    /** The statements that match, with the narrowing of the filter appended. */
    private static final String MATCHES = """
              from statement s
              join meeting m on m.id = s.meeting_id
             cross join websearch_to_tsquery('english', :q) qe
             cross join websearch_to_tsquery('russian', :q) qr
             where (s.search_en @@ qe or s.search_ru @@ qr)
            """;

    /**
     * How many matches are ranked at most: the most recent ones, then the older ones follow by date. Ranking costs
     * a few microseconds per match; a word most statements contain would otherwise rank tens of thousands.
     */
    private int rankedMatches = 1_000;

    /** How many characters at each end of a snippet are compared with the text to tell whether it was cut. */
    private static final int COMPARED = 24;

    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$");

    private final EntityManager entityManager;

    private final StatementRepository statements;

    StatementSearch(EntityManager entityManager, StatementRepository statements) {
        this.entityManager = entityManager;
        this.statements = statements;
    }

    /**
     * One page of the statements that match the filter, as this viewer may see them. Nothing to search for (a blank
     * query) or a topic filter that names no topic gives an empty page without asking the database.
     */
    public Page<StatementHit> search(Filter filter, int page, int size, Viewer viewer) {
        PageRequest pageable = PageRequest.of(page, size);
        String text = TextSearch.normalise(filter.text());
        if (text == null || (filter.topicIds() != null && filter.topicIds().isEmpty())) {
            return Page.empty(pageable);
        }
        long total = count(text, filter, viewer);
        if (pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        boolean preferRussian = "ru".equals(LocaleContextHolder.getLocale().getLanguage());
        String rank = "ts_rank(s.search_en, qe) + ts_rank(s.search_ru, qr)";
        if (total > rankedMatches) {
            rank = "case when s.id in (select s.id" + MATCHES + narrowing(filter, viewer)
                    + " order by m.start_date desc, s.id desc limit " + rankedMatches + ") then " + rank
                    + " else -1 end";
        }
        String ranked = """
                select h.id, h.language,
                       case when h.language = 'ru' then ts_headline('russian', h.text_ru, h.qr, :options)
                            else ts_headline('english', h.text_en, h.qe, :options) end
                  from (select s.id, s.text_en, s.text_ru, s.position, m.start_date, qe, qr, %s as rank,
                               case when s.search_ru @@ qr and (:preferRussian or not s.search_en @@ qe)
                                    then 'ru' else 'en' end as language
                """.formatted(rank) + MATCHES + narrowing(filter, viewer) + """
                         order by rank desc, m.start_date desc, s.position, s.id
                         limit :limit offset :offset) h
                 order by h.rank desc, h.start_date desc, h.position, h.id
                """;
        Query query = bind(entityManager.createNativeQuery(ranked), text, filter)
                .setParameter("options", TextSearch.HEADLINE_OPTIONS)
                .setParameter("preferRussian", preferRussian)
                .setParameter("limit", size)
                .setParameter("offset", pageable.getOffset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return new PageImpl<>(hits(rows, viewer), pageable, total);
    }

    /** The statements of the page in the order of the ranking, with what this viewer may see of them. */
    private List<StatementHit> hits(List<Object[]> rows, Viewer viewer) {
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, Statement> byId = statements.findAllWithAttribution(ids).stream()
                .collect(Collectors.toMap(Statement::getId, Function.identity()));
        List<StatementHit> hits = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Statement statement = byId.get(((Number) row[0]).longValue());
            if (statement != null) {
                String language = (String) row[1];
                List<Highlight> snippet = TextSearch.segments((String) row[2]);
                String text = statement.getText().in(language);
                hits.add(new StatementHit(AttributionPolicy.view(statement, viewer),
                        statement.getMeeting().getStartDate(),
                        statement.getAgendaItem() == null ? null : statement.getAgendaItem().getTitle(),
                        language, snippet, startsPartway(snippet, text), endsPartway(snippet, text)));
            }
        }
        return hits;
    }

    /** Whether the snippet leaves out the beginning of the text, so that the page can say so. */
    private static boolean startsPartway(List<Highlight> snippet, String text) {
        String shown = shown(snippet);
        String opening = shown.substring(0, Math.min(shown.length(), COMPARED));
        return !opening.isEmpty() && !text.strip().startsWith(opening);
    }

    /** Whether the snippet leaves out the end of the text (ts_headline drops a closing full stop: that does not count). */
    private static boolean endsPartway(List<Highlight> snippet, String text) {
        String shown = withoutClosingPunctuation(shown(snippet));
        String ending = shown.substring(Math.max(0, shown.length() - COMPARED));
        return !ending.isEmpty() && !withoutClosingPunctuation(text).endsWith(ending);
    }

    private static String shown(List<Highlight> snippet) {
        return snippet.stream().map(Highlight::text).collect(Collectors.joining()).strip();
    }

    private static String withoutClosingPunctuation(String text) {
        return CLOSING_PUNCTUATION.matcher(text).replaceFirst("");
    }

    private long count(String text, Filter filter, Viewer viewer) {
        Query query = entityManager.createNativeQuery("select count(*) " + MATCHES + narrowing(filter, viewer));
        return ((Number) bind(query, text, filter).getSingleResult()).longValue();
    }

    /**
     * The filter's conditions, each bound as a parameter. Narrowing by side lets through only the statements whose
     * side this viewer may see: for a researcher, those whose attribution and meeting rule are both above NONE, as in
     * {@link AttributionPolicy}; otherwise the filter would tell what the page withholds.
     */
    private static String narrowing(Filter filter, Viewer viewer) {
        StringBuilder sql = new StringBuilder();
        if (filter.side() != null) {
            sql.append(" and s.side = :side");
            if (!viewer.seesEverything()) {
                sql.append(" and s.attribution <> 'NONE' and m.attribution_rule <> 'NONE'");
            }
        }
        if (filter.meetingId() != null) {
            sql.append(" and s.meeting_id = :meeting");
        }
        if (filter.topicIds() != null) {
            sql.append(" and exists (select 1 from statement_topic st where st.statement_id = s.id"
                    + " and st.topic_id in (:topics))");
        }
        return sql.append('\n').toString();
    }

    private static Query bind(Query query, String text, Filter filter) {
        query.setParameter("q", text);
        if (filter.side() != null) {
            query.setParameter("side", filter.side().name());
        }
        if (filter.meetingId() != null) {
            query.setParameter("meeting", filter.meetingId());
        }
        if (filter.topicIds() != null) {
            query.setParameter("topics", filter.topicIds());
        }
        return query;
    }

    /**
     * What to search for and how to narrow it.
     *
     * @param text     as typed; blank searches nothing
     * @param topicIds the statements tagged with one of these topics (a topic and its subtopics), or null for any
     * @param side     the side that made the point, or null for any
     * @param meetingId one meeting's statements, or null for all
     */
    public record Filter(String text, List<Long> topicIds, StatementSide side, Long meetingId) {

        public Filter(String text) {
            this(text, null, null, null);
        }
    }
}
