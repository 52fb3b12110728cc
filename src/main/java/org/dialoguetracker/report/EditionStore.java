package org.dialoguetracker.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The published editions ({@code report_edition}), written once and only read afterwards: plain SQL rather than an
 * entity, so that nothing can ever flush a change to one (the database refuses it anyway, V20's trigger).
 */
@Repository
class EditionStore {

    private final JdbcTemplate jdbc;

    private final JsonMapper json;

    EditionStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The number of the meeting's latest edition, 0 when none was published. */
    int latestNumber(Long meetingId) {
        Integer latest = jdbc.queryForObject("select coalesce(max(number), 0) from report_edition where meeting_id = ?",
                Integer.class, meetingId);
        return latest == null ? 0 : latest;
    }

    /** Whether the meeting's report has a draft, and its latest edition's number: one statement, for the meeting page. */
    ReportLinks links(Long meetingId) {
        return jdbc.queryForObject("""
                select exists (select 1 from report_draft where meeting_id = ?),
                       (select coalesce(max(number), 0) from report_edition where meeting_id = ?)""",
                (rs, row) -> new ReportLinks(rs.getBoolean(1), rs.getInt(2)), meetingId, meetingId);
    }

    void insert(Long meetingId, int number, Snapshot snapshot, byte[] pdfEn, byte[] pdfRu,
            List<SignatureRecord> signatures, String publishedBy, Instant publishedAt, String changeNote) {
        jdbc.update("""
                insert into report_edition (meeting_id, number, snapshot, pdf_en, pdf_ru, pdf_en_sha256, pdf_ru_sha256,
                                            signatures, published_by, published_at, change_note)
                values (?, ?, cast(? as jsonb), ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""",
                meetingId, number, json.writeValueAsString(snapshot), pdfEn, pdfRu, ContentHash.sha256(pdfEn),
                ContentHash.sha256(pdfRu), json.writeValueAsString(signatures), publishedBy,
                Timestamp.from(publishedAt), changeNote);
    }

    /** Every edition of a meeting, newest first, without its PDFs. */
    List<Edition> list(Long meetingId) {
        return jdbc.query("""
                select number, snapshot, signatures, published_by, published_at, change_note, pdf_en_sha256,
                       pdf_ru_sha256
                  from report_edition where meeting_id = ? order by number desc""",
                (rs, row) -> new Edition(rs.getInt("number"),
                        json.readValue(rs.getString("snapshot"), Snapshot.class),
                        List.of(json.readValue(rs.getString("signatures"), SignatureRecord[].class)),
                        rs.getString("published_by"), rs.getTimestamp("published_at").toInstant(),
                        rs.getString("change_note"), rs.getString("pdf_en_sha256"), rs.getString("pdf_ru_sha256")),
                meetingId);
    }

    /** The PDF of one edition in one language as it was published, with its SHA-256. */
    Optional<StoredPdf> pdf(Long meetingId, int number, String language) {
        String column = "ru".equals(language) ? "pdf_ru" : "pdf_en";
        return jdbc.query("select " + column + ", " + column + "_sha256 from report_edition "
                + "where meeting_id = ? and number = ?",
                (rs, row) -> new StoredPdf(rs.getBytes(1), rs.getString(2)), meetingId, number).stream().findFirst();
    }

    /** Both languages of an edition as they were published. */
    record Snapshot(ReportDocument en, ReportDocument ru) {

        ReportDocument in(String language) {
            return "ru".equals(language) ? ru : en;
        }
    }

    /** Who signed which language for which side, and when. */
    record SignatureRecord(String language, String side, Long userId, String name, Instant signedAt) {
    }

    record Edition(int number, Snapshot snapshot, List<SignatureRecord> signatures, String publishedBy,
            Instant publishedAt, String changeNote, String pdfEnSha256, String pdfRuSha256) {
    }

    record StoredPdf(byte[] bytes, String sha256) {
    }
}
