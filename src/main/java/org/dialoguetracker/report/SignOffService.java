package org.dialoguetracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Side;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each side's lead signs off each language of the draft, over the text they saw. Only that side's lead may sign for
 * it; a text that changed since it was shown is refused (the conflict page); an edit later voids the language's
 * sign-offs ({@link ReportDraftService#change}).
 */
@Service
@Transactional
class SignOffService {

    static final List<String> LANGUAGES = List.of("en", "ru");

    static final List<Side> SIDES = List.of(Side.UK, Side.RUSSIA);

    private final ReportDraftRepository drafts;

    private final ReportSectionRepository sections;

    private final SignOffRepository signOffs;

    private final SectionEditRepository edits;

    private final ReportLifecycle lifecycle;

    private final ApplicationEventPublisher events;

    private final java.time.Clock clock;

    SignOffService(ReportDraftRepository drafts, ReportSectionRepository sections, SignOffRepository signOffs,
            SectionEditRepository edits, ReportLifecycle lifecycle, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.drafts = drafts;
        this.sections = sections;
        this.signOffs = signOffs;
        this.edits = edits;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Signs one language for one side, as its lead, over the content hash the lead saw.
     *
     * @throws AccessDeniedException when the user is not that side's lead
     * @throws StaleText when the text changed since the hash was shown
     * @throws DraftRefusal when the draft is published or the side already signed this text
     */
    void sign(Long meetingId, String language, Side side, String hash, String username) {
        ReportDraft draft = drafts.lockByMeetingId(meetingId)
                .orElseThrow(() -> new NotFoundException("Report draft", meetingId));
        ReportLifecycle.Lead lead = lifecycle.leads(meetingId).of(side);
        if (lead == null || !lead.username().equalsIgnoreCase(username)) {
            throw new AccessDeniedException(username + " is not the " + side + " lead of meeting " + meetingId);
        }
        if (!draft.isOpen()) {
            throw new DraftRefusal("draft.refused.published");
        }
        String current = ContentHash.of(sections.findByDraftId(draft.getId()), language);
        if (!current.equals(hash)) {
            throw new StaleText(meetingId);
        }
        if (standing(signOffs.findCurrentRound(draft.getId()), language, side).isPresent()) {
            throw new DraftRefusal("draft.signoff.refused.signed");
        }
        signOffs.save(new SignOff(draft, language, side, lead.userId(), lead.displayName(), current,
                clock.instant()));
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.REPORT_SIGNED, "report of meeting " + meetingId
                + ": " + side + " signed " + language));
    }

    /** The panel as the user sees it: each language and side, and whether this user may sign there. */
    @Transactional(readOnly = true)
    SignOffPanel panel(ReportDraft draft, List<ReportSection> draftSections, String username) {
        ReportLifecycle.Leads leads = lifecycle.leads(draft.getMeetingId());
        List<SignOff> round = signOffs.findCurrentRound(draft.getId());
        List<SignOffPanel.Slot> slots = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (Side side : SIDES) {
                ReportLifecycle.Lead lead = leads.of(side);
                Optional<SignOff> standing = standing(round, language, side);
                SignOffPanel.Voided voided = standing.isPresent() ? null : lastVoided(draft, round, language, side);
                slots.add(new SignOffPanel.Slot(language, side, lead,
                        standing.map(s -> new SignOffPanel.Signed(s.getSignerName(), s.getSignedAt())).orElse(null),
                        voided, refusal(draft, lead, standing.isPresent(), username)));
            }
        }
        boolean complete = slots.stream().allMatch(slot -> slot.signed() != null);
        return new SignOffPanel(slots, ContentHash.of(draftSections, "en"), ContentHash.of(draftSections, "ru"),
                complete);
    }

    private static String refusal(ReportDraft draft, ReportLifecycle.Lead lead, boolean signed, String username) {
        if (!draft.isOpen()) {
            return "draft.signoff.why.published";
        }
        if (lead == null) {
            return "draft.signoff.why.noLead";
        }
        if (!lead.username().equalsIgnoreCase(username)) {
            return "draft.signoff.why.notLead";
        }
        if (signed) {
            return "draft.signoff.why.signed";
        }
        return null;
    }

    private SignOffPanel.Voided lastVoided(ReportDraft draft, List<SignOff> round, String language, Side side) {
        return round.stream().filter(s -> s.isVoid() && s.getLanguage().equals(language) && s.getSide() == side)
                .findFirst()
                .map(s -> new SignOffPanel.Voided(s.getSignerName(), s.getSignedAt(), s.getVoidedAt(),
                        edits.findSince(draft.getId(), language, s.getSignedAt()).stream()
                                .map(e -> new SignOffPanel.Change(e.getId(), e.getSection().getKind(),
                                        e.getEditedBy(), e.getEditedAt(), e.isRegenerated()))
                                .toList()))
                .orElse(null);
    }

    static Optional<SignOff> standing(List<SignOff> round, String language, Side side) {
        return round.stream().filter(s -> !s.isVoid() && s.getLanguage().equals(language) && s.getSide() == side)
                .findFirst();
    }

    /** A sign-off over a text that changed after it was shown to the signer: the 409 page says so. */
    static final class StaleText extends RuntimeException {

        private final Long meetingId;

        StaleText(Long meetingId) {
            super("the report text of meeting " + meetingId + " changed since it was shown");
            this.meetingId = meetingId;
        }

        Long meetingId() {
            return meetingId;
        }
    }
}
