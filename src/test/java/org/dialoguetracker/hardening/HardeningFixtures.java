package org.dialoguetracker.hardening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.dialoguetracker.hardening.RecordIds.AGENDA;
import static org.dialoguetracker.hardening.RecordIds.ATTACHMENTS;
import static org.dialoguetracker.hardening.RecordIds.ATTENDANCE;
import static org.dialoguetracker.hardening.RecordIds.DIALOGUES;
import static org.dialoguetracker.hardening.RecordIds.DOCUMENTS;
import static org.dialoguetracker.hardening.RecordIds.EDITIONS;
import static org.dialoguetracker.hardening.RecordIds.FOLLOW_UPS;
import static org.dialoguetracker.hardening.RecordIds.INSTITUTIONS;
import static org.dialoguetracker.hardening.RecordIds.MEETINGS;
import static org.dialoguetracker.hardening.RecordIds.OUTBOX;
import static org.dialoguetracker.hardening.RecordIds.PARTICIPANTS;
import static org.dialoguetracker.hardening.RecordIds.RECOMMENDATIONS;
import static org.dialoguetracker.hardening.RecordIds.REVIEW;
import static org.dialoguetracker.hardening.RecordIds.REVIEWERS;
import static org.dialoguetracker.hardening.RecordIds.STATEMENTS;
import static org.dialoguetracker.hardening.RecordIds.TOKENS;
import static org.dialoguetracker.hardening.RecordIds.TOPICS;
import static org.dialoguetracker.hardening.RecordIds.UNSUBSCRIBE;
import static org.dialoguetracker.hardening.RecordIds.USERS;
import static org.dialoguetracker.hardening.RecordIds.VERSIONS;

/**
 * The records the hardening tests send requests about. Reading uses the demo data as it is; whatever may change
 * data gets a throw-away set of its own (a meeting of 1990, still PLANNED, in a dialogue of its own, with agenda, a statement and
 * an invitation; a participant, a topic, an institution, a recommendation with an open follow-up, an account, a
 * personal access token of the demo researcher),
 * removed again by {@link #removeAll()}. The database is shared with every other test class.
 */
final class HardeningFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Report drafts made for a review link where the demo meeting had none. */
    private static final String DRAFTS = "drafts";

    /** The tables whose content a request may change, for {@link #fingerprint()}. */
    private static final List<String> DOMAIN_TABLES = List.of("app_user", "institution", "dialogue",
            "dialogue_organiser", "meeting", "topic", "agenda_item", "agenda_item_topic", "participant", "attendance",
            "statement", "statement_topic", "recommendation", "recommendation_topic", "recommendation_meeting",
            "recommendation_statement", "recommendation_status_change", "follow_up_action", "api_token", "report_draft",
            "report_section", "report_section_edit", "report_signoff", "report_comment", "report_edition",
            "review_invitation", "document", "document_version", "document_content");

    /**
     * What of a table the fingerprint covers, where not all of it: a guest's visit records when their link was last
     * used, on purpose, as reading records itself in the audit trail; a document's extracted text comes in the background.
     */
    private static final Map<String, String> SOURCES = Map.of("review_invitation", """
            (select id, meeting_id, reviewer_name, email, expires_on, token_hash, created_by, created_at, revoked_at,
                    revoked_by from review_invitation)""",
            // a document's text is read in the background after its upload (or at start): not a request's change
            "document", """
            (select id, meeting_id, recommendation_id, follow_up_id, title, category, access_level, current_version,
                    version from document)""");

    private final JdbcTemplate jdbc;

    private final Map<String, List<Long>> created = new LinkedHashMap<>();

    private Long dialogue;

    HardeningFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A suffix no other fixture has: lower-case letters and digits. */
    static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /**
     * Records of the demo data: a published meeting with agenda, statements and invitations (so that its report is
     * open to researchers), and records of every other kind, open ones where that matters.
     */
    RecordIds demo() {
        long meeting = one("""
                select m.id from meeting m
                where m.status = 'REPORT_PUBLISHED'
                  and exists (select 1 from agenda_item a where a.meeting_id = m.id)
                  and exists (select 1 from statement s where s.meeting_id = m.id)
                  and exists (select 1 from attendance a where a.meeting_id = m.id)
                order by m.id limit 1""");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(MEETINGS, String.valueOf(meeting));
        ids.put(DIALOGUES, String.valueOf(one("select dialogue_id from meeting where id = ?", meeting)));
        ids.put(AGENDA, String.valueOf(one("select min(id) from agenda_item where meeting_id = ?", meeting)));
        ids.put(STATEMENTS, String.valueOf(one("select min(id) from statement where meeting_id = ?", meeting)));
        ids.put(ATTENDANCE, String.valueOf(one("select min(id) from attendance where meeting_id = ?", meeting)));
        ids.put(PARTICIPANTS, String.valueOf(one("select min(id) from participant where not archived")));
        ids.put(INSTITUTIONS, String.valueOf(one("select min(id) from institution")));
        ids.put(TOPICS, jdbc.queryForObject("select slug from topic order by id limit 1", String.class));
        ids.put(RECOMMENDATIONS, String.valueOf(one("select min(id) from recommendation where not archived")));
        ids.put(FOLLOW_UPS, String.valueOf(one("""
                select min(id) from follow_up_action where status in ('OPEN', 'IN_PROGRESS')""")));
        ids.put(USERS, String.valueOf(one("select id from app_user where username = 'researcher'")));
        // the demo London meeting's agenda, which researchers may read
        ids.put(DOCUMENTS, String.valueOf(one("""
                select min(d.id) from document d where d.access_level = 'RESEARCHERS' and d.meeting_id is not null""")));
        ids.put(VERSIONS, "1");
        // the demo meetings' reports are published as edition 1
        ids.put(EDITIONS, "1");
        // no token is part of the demo data, and none is read: only refused methods are sent about this id
        ids.put(TOKENS, "0");
        // a guest reviewer's link to the demo meeting's draft: no link is part of the demo data (a token is shown
        // once and never kept), so one is made here, and removed with the other fixtures
        String token = reviewToken();
        draft(meeting);
        ids.put(REVIEWERS, String.valueOf(invitation(meeting, token)));
        ids.put(REVIEW, token);
        long mail = mail();
        ids.put(OUTBOX, String.valueOf(mail));
        ids.put(ATTACHMENTS, String.valueOf(one("select min(id) from mail_attachment where mail_id = ?", mail)));
        ids.put(UNSUBSCRIBE, unsubscribeToken());
        return new RecordIds(ids);
    }

    /** A complete set of throw-away records, one of each kind, that a request may change or delete. */
    RecordIds fresh() {
        String suffix = unique();
        long meeting = insert(MEETINGS, """
                insert into meeting (dialogue_id, title_en, city_en, start_date, end_date, format, track_level,
                                     attribution_rule, status)
                values (?, ?, 'Fixtureville', date '1990-05-14', date '1990-05-15', 'IN_PERSON', 'TRACK_2', 'SIDE',
                        'PLANNED') returning id""", dialogue(), "Hardening fixture meeting " + suffix);
        long item = insert(AGENDA, """
                insert into agenda_item (meeting_id, position, title_en) values (?, 0, 'Fixture session one')
                returning id""", meeting);
        insert(AGENDA, """
                insert into agenda_item (meeting_id, position, title_en) values (?, 1, 'Fixture session two')
                returning id""", meeting);
        long statement = insert(STATEMENTS, """
                insert into statement (meeting_id, agenda_item_id, kind, side, attribution, text_en)
                values (?, ?, 'PROPOSAL', 'UK', 'SIDE', 'A fixture point') returning id""", meeting, item);
        long attendee = insert(PARTICIPANTS, """
                insert into participant (name_latin, side, capacity) values (?, 'UK', 'EXPERT') returning id""",
                "Zz Hardening Attendee " + suffix);
        long attendance = insert(ATTENDANCE, """
                insert into attendance (meeting_id, participant_id, status, role)
                values (?, ?, 'INVITED', 'PARTICIPANT') returning id""", meeting, attendee);
        long participant = insert(PARTICIPANTS, """
                insert into participant (name_latin, side, capacity) values (?, 'RUSSIA', 'EXPERT') returning id""",
                "Zz Hardening Person " + suffix);
        String slug = "zz-hardening-" + suffix;
        insert(TOPICS, """
                insert into topic (slug, name_en, name_ru, position) values (?, ?, ?, 9999) returning id""", slug,
                "Zz hardening fixture " + suffix, "Тестовая тема " + suffix);
        long institution = insert(INSTITUTIONS, """
                insert into institution (name_en, country, kind) values (?, 'GB', 'OTHER') returning id""",
                "Zz Hardening Institute " + suffix);
        long recommendation = insert(RECOMMENDATIONS, """
                insert into recommendation (reference, title_en, addressed_to, feasibility, consensus, status)
                values (?, 'A fixture recommendation', 'OSCE', 'POSSIBLE', 'CONSENSUS', 'PROPOSED') returning id""",
                "ZZ-HARDENING-" + suffix.toUpperCase(Locale.ROOT));
        jdbc.update("insert into recommendation_meeting (recommendation_id, meeting_id) values (?, ?)", recommendation,
                meeting);
        jdbc.update("""
                insert into recommendation_status_change (recommendation_id, from_status, to_status, changed_at, note)
                values (?, null, 'PROPOSED', now(), 'Fixture')""", recommendation);
        long followUp = insert(FOLLOW_UPS, """
                insert into follow_up_action (recommendation_id, description_en, due_date, status)
                values (?, 'A fixture follow-up', date '2999-01-01', 'OPEN') returning id""", recommendation);
        long user = insert(USERS, """
                insert into app_user (username, password_hash, display_name, role)
                values (?, '{noop}never-used', 'Hardening Fixture', 'RESEARCHER') returning id""",
                "zz.hardening." + suffix);
        // a personal access token of the demo researcher (a hash of nothing anyone holds): only its owner may
        // revoke it, the other roles get the 404 of somebody else's token
        long token = insert(TOKENS, """
                insert into api_token (user_id, name, token_hash, prefix)
                select id, ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'dtpat_fixtur' from app_user
                 where username = 'researcher' returning id""", "Hardening fixture token " + suffix,
                "not a secret " + suffix);
        String reviewToken = reviewToken();
        long invitation = invitation(meeting, reviewToken);
        // a document of the meeting, its bytes in the PostgreSQL store (it goes with the meeting)
        String key = "hardening-" + suffix;
        jdbc.update("""
                insert into document_content (storage_key, size, sha256)
                values (?, 7, encode(sha256(convert_to('fixture', 'UTF8')), 'hex'))""", key);
        jdbc.update("insert into document_chunk (storage_key, position, data) values (?, 0, convert_to('fixture', 'UTF8'))",
                key);
        long document = jdbc.queryForObject("""
                insert into document (meeting_id, title, category, access_level, extraction_status)
                values (?, 'Fixture document', 'AGENDA', 'RESEARCHERS', 'NO_TEXT') returning id""", Long.class, meeting);
        jdbc.update("""
                insert into document_version (document_id, number, file_name, content_type, size, sha256, storage_key)
                select ?, 1, 'fixture.txt', 'text/plain', size, sha256, storage_key from document_content
                 where storage_key = ?""", document, key);
        long mail = mail();
        return new RecordIds(Map.ofEntries(Map.entry(MEETINGS, String.valueOf(meeting)),
                Map.entry(DOCUMENTS, String.valueOf(document)), Map.entry(VERSIONS, "1"),
                Map.entry(OUTBOX, String.valueOf(mail)),
                Map.entry(ATTACHMENTS, String.valueOf(one("select min(id) from mail_attachment where mail_id = ?",
                        mail))),
                Map.entry(UNSUBSCRIBE, unsubscribeToken()),
                Map.entry(REVIEWERS, String.valueOf(invitation)), Map.entry(REVIEW, reviewToken),
                Map.entry(DIALOGUES, String.valueOf(dialogue())),
                Map.entry(AGENDA, String.valueOf(item)), Map.entry(STATEMENTS, String.valueOf(statement)),
                Map.entry(ATTENDANCE, String.valueOf(attendance)), Map.entry(PARTICIPANTS, String.valueOf(participant)),
                Map.entry(INSTITUTIONS, String.valueOf(institution)), Map.entry(TOPICS, slug),
                Map.entry(RECOMMENDATIONS, String.valueOf(recommendation)),
                Map.entry(FOLLOW_UPS, String.valueOf(followUp)), Map.entry(USERS, String.valueOf(user)),
                Map.entry(TOKENS, String.valueOf(token))));
    }

    /**
     * What the domain tables hold, one line per table (row count and a checksum of every row), to show that a
     * series of requests changed nothing. The audit trail, Envers' revisions and the sessions are left out: reading
     * and exporting are recorded there on purpose.
     */
    Map<String, String> fingerprint() {
        Map<String, String> fingerprint = new LinkedHashMap<>();
        for (String table : DOMAIN_TABLES) {
            fingerprint.put(table, jdbc.queryForObject("select count(*) || ' rows, checksum ' "
                    + "|| coalesce(sum(hashtext(t::text)::bigint), 0) from " + SOURCES.getOrDefault(table, table)
                    + " t", String.class));
        }
        return fingerprint;
    }

    /** Deletes every fixture record, and whatever requests hung on them. */
    void removeAll() {
        for (Long invitation : ids(REVIEWERS)) {
            jdbc.update("delete from report_comment where guest_invitation_id = ?", invitation);
            jdbc.update("delete from review_invitation where id = ?", invitation);
        }
        for (Long draft : ids(DRAFTS)) {
            jdbc.update("""
                    delete from report_comment where section_id in (select id from report_section where draft_id = ?)""",
                    draft);
            jdbc.update("delete from report_section where draft_id = ?", draft);
            jdbc.update("delete from report_draft where id = ?", draft);
        }
        List<Long> meetings = ids(MEETINGS);
        List<Long> participants = ids(PARTICIPANTS);
        List<Long> recommendations = ids(RECOMMENDATIONS);
        for (Long meeting : meetings) {
            recommendations.addAll(jdbc.queryForList(
                    "select recommendation_id from recommendation_meeting where meeting_id = ?", Long.class, meeting));
        }
        recommendations.forEach(id -> jdbc.update("delete from recommendation where id = ?", id));
        for (Long participant : participants) {
            jdbc.update("delete from attendance where participant_id = ?", participant);
            jdbc.update("update statement set speaker_id = null, attribution = 'SIDE' where speaker_id = ?",
                    participant);
            jdbc.update("update follow_up_action set owner_participant_id = null where owner_participant_id = ?",
                    participant);
        }
        meetings.forEach(id -> jdbc.update("delete from meeting where id = ?", id));
        participants.forEach(id -> jdbc.update("delete from participant where id = ?", id));
        for (Long topic : ids(TOPICS)) {
            jdbc.update("delete from statement_topic where topic_id = ?", topic);
            jdbc.update("delete from recommendation_topic where topic_id = ?", topic);
            jdbc.update("delete from agenda_item_topic where topic_id = ?", topic);
            jdbc.update("update topic set parent_id = null where parent_id = ?", topic);
            jdbc.update("delete from topic where id = ?", topic);
        }
        for (Long institution : ids(INSTITUTIONS)) {
            jdbc.update("update follow_up_action set owner_institution_id = null where owner_institution_id = ?",
                    institution);
            jdbc.update("delete from institution where id = ?", institution);
        }
        ids(TOKENS).forEach(id -> jdbc.update("delete from api_token where id = ?", id));
        ids(OUTBOX).forEach(id -> jdbc.update("delete from mail_outbox where id = ?", id));
        jdbc.update("delete from mail_unsubscribe where address = 'fixture@example.org'");
        ids(USERS).forEach(id -> jdbc.update("delete from app_user where id = ?", id));
        if (dialogue != null) {
            jdbc.update("delete from dialogue where id = ?", dialogue);
            dialogue = null;
        }
        created.clear();
    }

    /** Remembers a record a request created, so that {@link #removeAll()} deletes it too. */
    void createdByRequest(String collection, long id) {
        created.computeIfAbsent(collection, key -> new ArrayList<>()).add(id);
    }

    private List<Long> ids(String collection) {
        return new ArrayList<>(created.getOrDefault(collection, List.of()));
    }

    /**
     * A valid unsubscribe link's token, for fixture@example.org and the weekly digest, signed as the notification
     * module signs them (HMAC-SHA256 of "KIND:address" with the key it keeps in notification_key, made here if no
     * instance made it yet): its page asks, and its POST unsubscribes that address, which removeAll takes back.
     */
    String unsubscribeToken() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        jdbc.update("insert into notification_key (id, secret) values (1, ?) on conflict do nothing", (Object) random);
        byte[] key = jdbc.queryForObject("select secret from notification_key where id = 1", byte[].class);
        String payload = "DIGEST:fixture@example.org";
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
            return base64.encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "."
                    + base64.encodeToString(mac.doFinal(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail of the outbox with an attachment, as the notification module writes them. */
    private long mail() {
        long mail = insert(OUTBOX, """
                insert into mail_outbox (kind, recipient, language, subject, body_text, body_html, status,
                                         next_attempt_at)
                values ('INVITATION', 'fixture@example.org', 'en', 'Hardening fixture mail', 'text', '<p>html</p>',
                        'QUEUED', now()) returning id""");
        jdbc.update("""
                insert into mail_attachment (mail_id, file_name, content_type, content)
                values (?, 'invitation.ics', 'text/calendar', convert_to('BEGIN:VCALENDAR', 'UTF8'))""", mail);
        return mail;
    }

    /** A token as the review module makes them: 32 random bytes, base64url. */
    static String reviewToken() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * The meeting's report draft, which a review link opens: the demo data's if it has one, otherwise one made here
     * (with a text in each section) and removed again with the fixtures.
     */
    long draft(long meeting) {
        Long existing = jdbc.query("select id from report_draft where meeting_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, meeting);
        if (existing != null) {
            return existing;
        }
        long draft = insert(DRAFTS, """
                insert into report_draft (meeting_id, grouping, state, created_by) values (?, 'BY_SESSION', 'OPEN',
                'organiser') returning id""", meeting);
        for (String kind : List.of("TITLE", "FOREWORD", "INSTITUTIONS", "SUMMARY", "KEY_POINTS", "RECOMMENDATIONS")) {
            jdbc.update("""
                    insert into report_section (draft_id, kind, text_en, text_ru, generated_en, generated_ru)
                    values (?, ?, ?, ?, ?, ?)""", draft, kind, "Fixture " + kind, "Раздел " + kind, "Fixture " + kind,
                    "Раздел " + kind);
        }
        return draft;
    }

    /** A guest reviewer's invitation to the meeting, active for a week, whose link has this token. */
    long invitation(long meeting, String token) {
        return insert(REVIEWERS, """
                insert into review_invitation (meeting_id, reviewer_name, email, expires_on, token_hash, created_by)
                values (?, ?, 'hardening@example.org', current_date + 7, encode(sha256(convert_to(?, 'UTF8')), 'hex'),
                        'organiser') returning id""", meeting, "Hardening Reviewer " + unique(), token);
    }

    private long dialogue() {
        if (dialogue == null) {
            dialogue = jdbc.queryForObject("""
                    insert into dialogue (name_en, track_level) values (?, 'TRACK_2') returning id""", Long.class,
                    "Zz hardening fixture dialogue " + unique());
        }
        return dialogue;
    }

    private long insert(String collection, String sql, Object... arguments) {
        long id = jdbc.queryForObject(sql, Long.class, arguments);
        createdByRequest(collection, id);
        return id;
    }

    private long one(String sql, Object... arguments) {
        Long id = jdbc.queryForObject(sql, Long.class, arguments);
        if (id == null) {
            throw new IllegalStateException("The demo data has no record for: " + sql);
        }
        return id;
    }
}
