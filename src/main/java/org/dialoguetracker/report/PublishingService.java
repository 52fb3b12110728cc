package org.dialoguetracker.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Side;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a fully signed draft as the next edition (both PDFs printed and frozen with their SHA-256, both
 * languages' text, who signed and who published), and reopening a published draft for a correction.
 */
@Service
@Transactional
class PublishingService {

    static final int MAX_CHANGE_NOTE = 2_000;

    private final ReportDraftRepository drafts;

    private final ReportSectionRepository sections;

    private final SignOffRepository signOffs;

    private final ReportDraftService drafting;

    private final ReportDocuments documents;

    private final EditionRenderer renderer;

    private final EditionStore editions;

    private final ReportLifecycle lifecycle;

    private final MessageSource messages;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PublishingService(ReportDraftRepository drafts, ReportSectionRepository sections, SignOffRepository signOffs,
            ReportDraftService drafting, ReportDocuments documents, EditionRenderer renderer, EditionStore editions,
            ReportLifecycle lifecycle, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.sections = sections;
        this.signOffs = signOffs;
        this.drafting = drafting;
        this.documents = documents;
        this.renderer = renderer;
        this.editions = editions;
        this.lifecycle = lifecycle;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes the draft as the next edition, when both leads signed both languages of the text as it stands.
     *
     * @param expectedNumber the number of the edition as the organiser saw it, so that publishing twice is refused
     * @param changeNote what the correction changed: required from edition 2 on
     * @return the new edition's number
     * @throws MissingSignOffs naming whose sign-offs are missing; nothing is published
     * @throws DraftRefusal when the draft is already published or a correction has no change note
     */
    int publish(Long meetingId, int expectedNumber, String changeNote, String username) {
        ReportDraft draft = drafts.lockByMeetingId(meetingId)
                .orElseThrow(() -> new NotFoundException("Report draft", meetingId));
        if (!draft.isOpen()) {
            throw new DraftRefusal("draft.publish.refused.published");
        }
        if (editions.latestNumber(meetingId) + 1 != expectedNumber) {
            throw new DraftRefusal("draft.publish.refused.stale");
        }
        List<ReportSection> draftSections = sections.findByDraftId(draft.getId());
        List<SignOff> round = signOffs.findCurrentRound(draft.getId());
        ReportLifecycle.Leads leads = lifecycle.leads(meetingId);
        List<MissingSignOffs.Missing> missing = new ArrayList<>();
        List<SignOff> signed = new ArrayList<>();
        for (String language : SignOffService.LANGUAGES) {
            String hash = ContentHash.of(draftSections, language);
            for (Side side : SignOffService.SIDES) {
                Optional<SignOff> standing = SignOffService.standing(round, language, side)
                        .filter(s -> s.getContentHash().equals(hash));
                if (standing.isPresent()) {
                    signed.add(standing.get());
                }
                else {
                    ReportLifecycle.Lead lead = leads.of(side);
                    missing.add(new MissingSignOffs.Missing(language, side, lead == null ? null : lead.displayName()));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingSignOffs(missing);
        }
        int number = editions.latestNumber(meetingId) + 1;
        String note = changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
        if (number > 1 && note == null) {
            throw new DraftRefusal("draft.publish.refused.changeNote");
        }
        if (note != null && note.length() > MAX_CHANGE_NOTE) {
            throw new DraftRefusal("draft.publish.refused.changeNoteLong", MAX_CHANGE_NOTE);
        }
        Instant now = clock.instant();
        String publisher = drafting.displayName(username);
        Map<SectionKind, Bilingual> texts = drafting.texts(draft.getId());
        ReportDocument en = document(meetingId, "en", texts, number, now, publisher, signed, note);
        ReportDocument ru = document(meetingId, "ru", texts, number, now, publisher, signed, note);
        editions.insert(meetingId, number, new EditionStore.Snapshot(en, ru), renderer.pdf(en), renderer.pdf(ru),
                signed.stream().map(s -> new EditionStore.SignatureRecord(s.getLanguage(), s.getSide().name(),
                        s.getUserId(), s.getSignerName(), s.getSignedAt())).toList(),
                publisher, now, note);
        round.forEach(s -> s.publishedIn(number));
        draft.published();
        lifecycle.published(meetingId);
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.REPORT_PUBLISHED, "report of meeting " + meetingId
                + ": edition " + number));
        return number;
    }

    /**
     * Reopens a published draft for a correction, from the latest edition's text: the sign-offs start again, and
     * publishing it makes the next edition.
     *
     * @param fromEdition the latest edition as the organiser saw it: a newer one meanwhile is refused
     */
    void correct(Long meetingId, int fromEdition, String username) {
        ReportDraft draft = drafts.lockByMeetingId(meetingId)
                .orElseThrow(() -> new NotFoundException("Report draft", meetingId));
        if (draft.isOpen()) {
            throw new DraftRefusal("draft.correction.refused.open");
        }
        List<EditionStore.Edition> published = editions.list(meetingId);
        if (published.isEmpty() || published.get(0).number() != fromEdition) {
            throw new DraftRefusal("draft.correction.refused.stale");
        }
        EditionStore.Snapshot snapshot = published.get(0).snapshot();
        draft.reopened();
        for (ReportSection section : sections.findByDraftId(draft.getId())) {
            drafting.change(section, "en", body(snapshot.en(), section.getKind()), false, username);
            drafting.change(section, "ru", body(snapshot.ru(), section.getKind()), false, username);
        }
        lifecycle.drafted(meetingId);
    }

    /** A section's own text in a published document; none when the document left it out or filled it in. */
    private static String body(ReportDocument document, SectionKind kind) {
        return document.sections().stream().filter(s -> s.kind() == kind && !s.fallsBack()).map(s -> s.body())
                .findFirst().orElse(null);
    }

    private ReportDocument document(Long meetingId, String language, Map<SectionKind, Bilingual> texts, int number,
            Instant now, String publisher, List<SignOff> signed, String note) {
        Locale locale = Locale.forLanguageTag(language);
        List<ReportDocument.Signature> signatures = signed.stream().filter(s -> s.getLanguage().equals(language))
                .map(s -> new ReportDocument.Signature(
                        messages.getMessage("draft.side." + s.getSide().name(), null, locale),
                        s.getSignerName(), LocalDate.ofInstant(s.getSignedAt(), clock.getZone())))
                .toList();
        return documents.document(meetingId, language, texts, new ReportDocument.Edition(number,
                LocalDate.ofInstant(now, clock.getZone()), publisher, signatures, note));
    }

    /** Publishing refused because sign-offs are missing: which language, which side, and whose they would be. */
    static final class MissingSignOffs extends DraftRefusal {

        private final transient List<Missing> missing;

        MissingSignOffs(List<Missing> missing) {
            super("draft.publish.refused.missing");
            this.missing = List.copyOf(missing);
        }

        List<Missing> missing() {
            return missing;
        }

        /** @param leadName null when the side has no lead */
        record Missing(String language, Side side, String leadName) implements java.io.Serializable {
        }
    }
}
