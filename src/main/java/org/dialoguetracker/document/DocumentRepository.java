package org.dialoguetracker.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dialoguetracker.shared.TextSearch;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The documents' rows. What a researcher may read is one SQL condition, {@link #VISIBLE}, used by the panels, the
 * search and the download alike, so that they cannot disagree. It reads {@code report_edition},
 * {@code recommendation_meeting}, {@code follow_up_action}, {@code recommendation} and {@code meeting} directly
 * (whether a report was published, which meetings a recommendation came from and under which rule, whether an owner
 * exists), in one statement each, as other modules' counting queries read tables they do not own.
 */
@Repository
class DocumentRepository {

    /** Whether a researcher may read the document {@code d}: researchers' documents, and those published with a report. */
    static final String VISIBLE = """
            (d.access_level = 'RESEARCHERS'
             or (d.access_level = 'PUBLISHED_WITH_REPORT' and exists (
                    select 1 from report_edition e
                     where e.meeting_id = d.meeting_id
                        or e.meeting_id in (
                            select rm.meeting_id from recommendation_meeting rm
                             where rm.recommendation_id = coalesce(d.recommendation_id,
                                   (select f.recommendation_id from follow_up_action f where f.id = d.follow_up_id))))))""";

    private static final String COLUMNS = """
            d.id, d.meeting_id, d.recommendation_id, d.follow_up_id, d.title, d.category, d.access_level,
            d.current_version, d.extraction_status, d.extraction_note, d.version,
            v.file_name, v.content_type, v.size, v.sha256, v.storage_key, v.uploaded_by, v.uploaded_at""";

    private static final String FROM =
            " from document d join document_version v on v.document_id = d.id and v.number = d.current_version";

    private final NamedParameterJdbcTemplate jdbc;

    DocumentRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OwnerKind owner, Long ownerId, String title, DocumentCategory category, AccessLevel access) {
        return jdbc.queryForObject("insert into document (" + owner.column()
                + ", title, category, access_level) values (:owner, :title, :category, :access) returning id",
                new MapSqlParameterSource("owner", ownerId).addValue("title", title)
                        .addValue("category", category.name()).addValue("access", access.name()),
                Long.class);
    }

    void insertVersion(long documentId, int number, String fileName, FileFormat format, DocumentStore.Stored stored,
            String uploadedBy) {
        jdbc.update("""
                insert into document_version (document_id, number, file_name, content_type, size, sha256, storage_key,
                                              uploaded_by)
                values (:id, :number, :name, :type, :size, :sha, :key, :by)""",
                new MapSqlParameterSource("id", documentId).addValue("number", number).addValue("name", fileName)
                        .addValue("type", format.mediaType()).addValue("size", stored.size())
                        .addValue("sha", stored.sha256()).addValue("key", stored.key()).addValue("by", uploadedBy));
    }

    /** The documents of these owners, newest first, all of them or those a researcher may read. */
    List<Row> forOwners(OwnerKind owner, Collection<Long> ownerIds, boolean everything) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + COLUMNS + FROM + " where d." + owner.column() + " in (:ids)"
                + (everything ? "" : " and " + VISIBLE) + " order by d.created_at desc, d.id desc",
                new MapSqlParameterSource("ids", ownerIds), DocumentRepository::row);
    }

    Optional<Row> find(long id) {
        return jdbc.query("select " + COLUMNS + FROM + " where d.id = :id", new MapSqlParameterSource("id", id),
                DocumentRepository::row).stream().findFirst();
    }

    boolean visibleToResearchers(long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from document d where d.id = :id and "
                + VISIBLE + ")", new MapSqlParameterSource("id", id), Boolean.class));
    }

    /** Every version of these documents, newest first per document. */
    Map<Long, List<DocumentView.VersionView>> versions(Collection<Long> documentIds) {
        Map<Long, List<DocumentView.VersionView>> versions = new LinkedHashMap<>();
        if (documentIds.isEmpty()) {
            return versions;
        }
        jdbc.query("""
                select document_id, number, file_name, content_type, size, sha256, uploaded_at, uploaded_by
                  from document_version where document_id in (:ids) order by document_id, number desc""",
                new MapSqlParameterSource("ids", documentIds), rs -> {
                    versions.computeIfAbsent(rs.getLong("document_id"), id -> new ArrayList<>())
                            .add(new DocumentView.VersionView(rs.getInt("number"), rs.getString("file_name"),
                                    FileFormat.ofMediaType(rs.getString("content_type")).orElse(FileFormat.TXT),
                                    rs.getLong("size"), rs.getString("sha256"),
                                    rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by")));
                });
        return versions;
    }

    Optional<VersionFile> version(long documentId, int number) {
        return jdbc.query("""
                select file_name, content_type, size, sha256, storage_key from document_version
                 where document_id = :id and number = :number""",
                new MapSqlParameterSource("id", documentId).addValue("number", number),
                (rs, i) -> new VersionFile(rs.getString("file_name"),
                        FileFormat.ofMediaType(rs.getString("content_type")).orElse(FileFormat.TXT),
                        rs.getLong("size"), rs.getString("sha256"), rs.getString("storage_key")))
                .stream().findFirst();
    }

    /** Makes the next version current, if the row is still at {@code lockVersion}; its number, or 0 if it was not. */
    int advanceVersion(long id, long lockVersion) {
        List<Integer> numbers = jdbc.queryForList("""
                update document set current_version = current_version + 1, version = version + 1, updated_at = now(),
                                    extraction_status = 'PENDING', extraction_note = null, extracted_text = null
                 where id = :id and version = :lock returning current_version""",
                new MapSqlParameterSource("id", id).addValue("lock", lockVersion), Integer.class);
        return numbers.isEmpty() ? 0 : numbers.get(0);
    }

    int changeAccess(long id, AccessLevel access, long lockVersion) {
        return jdbc.update("""
                update document set access_level = :access, version = version + 1, updated_at = now()
                 where id = :id and version = :lock""",
                new MapSqlParameterSource("id", id).addValue("access", access.name()).addValue("lock", lockVersion));
    }

    int delete(long id, long lockVersion) {
        return jdbc.update("delete from document where id = :id and version = :lock",
                new MapSqlParameterSource("id", id).addValue("lock", lockVersion));
    }

    /** The storage keys of a document's versions. */
    List<String> storageKeys(long id) {
        return jdbc.queryForList("select storage_key from document_version where document_id = :id",
                new MapSqlParameterSource("id", id), String.class);
    }

    /**
     * Whether the owner was held under the rule NONE (a recommendation or follow-up action: whether any meeting the
     * recommendation came from was), in one statement; empty when there is no such owner.
     */
    Optional<Boolean> heldUnderNone(OwnerKind owner, Long ownerId) {
        String sql = switch (owner) {
            case MEETING -> "select attribution_rule = 'NONE' from meeting where id = :id";
            case RECOMMENDATION -> """
                    select coalesce((select bool_or(m.attribution_rule = 'NONE') from recommendation_meeting rm
                                       join meeting m on m.id = rm.meeting_id where rm.recommendation_id = r.id), false)
                      from recommendation r where r.id = :id""";
            case FOLLOW_UP -> """
                    select coalesce((select bool_or(m.attribution_rule = 'NONE') from recommendation_meeting rm
                                       join meeting m on m.id = rm.meeting_id
                                      where rm.recommendation_id = f.recommendation_id), false)
                      from follow_up_action f where f.id = :id""";
        };
        return jdbc.queryForList(sql, new MapSqlParameterSource("id", ownerId), Boolean.class).stream().findFirst();
    }

    /** The recommendation of a follow-up action, whose page shows the action's documents. */
    Optional<Long> followUpRecommendation(Long followUpId) {
        return jdbc.queryForList("select recommendation_id from follow_up_action where id = :id",
                new MapSqlParameterSource("id", followUpId), Long.class).stream().findFirst();
    }

    /** The documents waiting for their text, oldest first. */
    List<Long> pending() {
        return jdbc.queryForList("select id from document where extraction_status = 'PENDING' order by id",
                new MapSqlParameterSource(), Long.class);
    }

    /** Records the extraction of this version; nothing if the document has moved on to another version since. */
    int extracted(long id, int version, ExtractionStatus status, String note, String text) {
        return jdbc.update("""
                update document set extraction_status = :status, extraction_note = :note, extracted_text = :text
                 where id = :id and current_version = :version""",
                new MapSqlParameterSource("id", id).addValue("version", version).addValue("status", status.name())
                        .addValue("note", note).addValue("text", text));
    }

    /**
     * The best matches of a search among the documents the reader may read, with a passage around the matches from
     * the language whose vector matched (English first).
     */
    List<SearchRow> search(String query, boolean everything, int limit) {
        return jdbc.query("""
                with q as (select websearch_to_tsquery('english', :q) as en, websearch_to_tsquery('russian', :q) as ru)
                select d.id, d.meeting_id, d.recommendation_id, d.follow_up_id, d.title, d.category, v.file_name,
                       v.content_type, v.size, d.search_en @@ q.en as english,
                       case when d.search_en @@ q.en
                            then ts_headline('english', left(coalesce(d.extracted_text, d.title), 250000), q.en, :options)
                            else ts_headline('russian', left(coalesce(d.extracted_text, d.title), 250000), q.ru, :options)
                       end as headline,
                       f.recommendation_id as follow_up_recommendation
                  from document d
                  join document_version v on v.document_id = d.id and v.number = d.current_version
                  left join follow_up_action f on f.id = d.follow_up_id
                  cross join q
                 where (d.search_en @@ q.en or d.search_ru @@ q.ru)""" + (everything ? "" : " and " + VISIBLE) + """

                 order by greatest(ts_rank(d.search_en, q.en), ts_rank(d.search_ru, q.ru)) desc, d.id desc
                 limit :limit""",
                new MapSqlParameterSource("q", query).addValue("options", TextSearch.HEADLINE_OPTIONS)
                        .addValue("limit", limit),
                (rs, i) -> new SearchRow(rs.getLong("id"), owner(rs), ownerId(rs), rs.getString("title"),
                        DocumentCategory.valueOf(rs.getString("category")), rs.getString("file_name"),
                        FileFormat.ofMediaType(rs.getString("content_type")).orElse(FileFormat.TXT),
                        rs.getLong("size"), rs.getString("headline"), rs.getBoolean("english") ? "en" : "ru",
                        (Long) rs.getObject("follow_up_recommendation")));
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp uploaded = rs.getTimestamp("uploaded_at");
        return new Row(rs.getLong("id"), owner(rs), ownerId(rs), rs.getString("title"),
                DocumentCategory.valueOf(rs.getString("category")), AccessLevel.valueOf(rs.getString("access_level")),
                rs.getInt("current_version"), ExtractionStatus.valueOf(rs.getString("extraction_status")),
                rs.getString("extraction_note"), rs.getLong("version"), new VersionFile(rs.getString("file_name"),
                        FileFormat.ofMediaType(rs.getString("content_type")).orElse(FileFormat.TXT),
                        rs.getLong("size"), rs.getString("sha256"), rs.getString("storage_key")),
                rs.getString("uploaded_by"), uploaded.toInstant());
    }

    private static OwnerKind owner(ResultSet rs) throws SQLException {
        if (rs.getObject("meeting_id") != null) {
            return OwnerKind.MEETING;
        }
        return rs.getObject("recommendation_id") != null ? OwnerKind.RECOMMENDATION : OwnerKind.FOLLOW_UP;
    }

    private static Long ownerId(ResultSet rs) throws SQLException {
        return rs.getLong(owner(rs).column());
    }

    /** A document with its current version. */
    record Row(long id, OwnerKind owner, Long ownerId, String title, DocumentCategory category, AccessLevel access,
            int currentVersion, ExtractionStatus extraction, String extractionNote, long lockVersion, VersionFile file,
            String uploadedBy, java.time.Instant uploadedAt) {
    }

    /** One version's file. */
    record VersionFile(String fileName, FileFormat format, long size, String sha256, String storageKey) {
    }

    record SearchRow(long id, OwnerKind owner, Long ownerId, String title, DocumentCategory category, String fileName,
            FileFormat format, long size, String headline, String language, Long followUpRecommendation) {
    }
}
