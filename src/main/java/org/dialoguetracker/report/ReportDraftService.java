package org.dialoguetracker.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dialoguetracker.account.Accounts;
import org.dialoguetracker.account.User;
import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.meeting.MeetingStatus;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Versions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's report draft: starting it from the records, editing a section's text in one language (which voids that
 * language's sign-offs), regenerating a section from the records, and the comments on its sections.
 */
@Service
@Transactional
class ReportDraftService {

    /** The longest text a section or a comment takes: a report runs to a few dozen pages. */
    static final int MAX_TEXT = 200_000;

    static final int MAX_COMMENT = 10_000;

    private final ReportDraftRepository drafts;

    private final ReportSectionRepository sections;

    private final SectionEditRepository edits;

    private final SignOffRepository signOffs;

    private final ReportCommentRepository comments;

    private final ReportGenerator generator;

    private final ReportLifecycle lifecycle;

    private final MeetingService meetings;

    private final Accounts accounts;

    private final Clock clock;

    ReportDraftService(ReportDraftRepository drafts, ReportSectionRepository sections, SectionEditRepository edits,
            SignOffRepository signOffs, ReportCommentRepository comments, ReportGenerator generator,
            ReportLifecycle lifecycle, MeetingService meetings, Accounts accounts, Clock clock) {
        this.drafts = drafts;
        this.sections = sections;
        this.edits = edits;
        this.signOffs = signOffs;
        this.comments = comments;
        this.generator = generator;
        this.lifecycle = lifecycle;
        this.meetings = meetings;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Starts the draft of a held meeting: every section generated from the records, the meeting moved to
     * REPORT_DRAFTED. A meeting still PLANNED, or one whose draft exists, is refused.
     */
    Long start(Long meetingId, KeyPointGrouping grouping, String username) {
        MeetingDetails meeting = meetings.details(meetingId);
        if (meeting.status() == MeetingStatus.PLANNED) {
            throw new DraftRefusal("draft.refused.planned");
        }
        if (drafts.lockByMeetingId(meetingId).isPresent()) {
            throw new DraftRefusal("draft.refused.exists");
        }
        ReportDraft draft = drafts.save(new ReportDraft(meetingId, grouping, username, clock.instant()));
        Map<SectionKind, Bilingual> generated = generator.generate(meetingId, grouping);
        for (SectionKind kind : SectionKind.values()) {
            sections.save(new ReportSection(draft, kind, generated.getOrDefault(kind, Bilingual.EMPTY)));
        }
        lifecycle.drafted(meetingId);
        return draft.getId();
    }

    /**
     * Saves one language's text of a section, over the version the editor opened: a newer version is refused as a
     * stale edit (the conflict page). A change voids the sign-offs of that language only, and is kept as an edit.
     */
    void edit(Long meetingId, Long sectionId, String language, String text, Long version, String username) {
        ReportSection section = openSection(meetingId, sectionId);
        Versions.check(ReportSection.class, sectionId, section.getVersion(), version);
        change(section, language, text, false, username);
    }

    /** A section's text against what the records give now, before "Regenerate from the records" overwrites it. */
    @Transactional(readOnly = true)
    Regeneration regeneration(Long meetingId, Long sectionId, String language) {
        ReportSection section = section(meetingId, sectionId);
        String fresh = generated(section, language);
        return new Regeneration(meetingId, section.getId(), section.getKind(), language, section.text(language),
                fresh, TextDiff.html(TextDiff.words(nullToEmpty(section.text(language)), nullToEmpty(fresh))),
                section.getVersion(), ContentHash.sha256(fresh), section.getDraft().isOpen());
    }

    /**
     * Overwrites a section's text in one language with what the records give now, as shown to the organiser: the
     * version they saw, and the hash of the generated text they saw (records changed meanwhile make it stale too).
     */
    void regenerate(Long meetingId, Long sectionId, String language, Long version, String generatedHash,
            String username) {
        ReportSection section = openSection(meetingId, sectionId);
        Versions.check(ReportSection.class, sectionId, section.getVersion(), version);
        String fresh = generated(section, language);
        if (!ContentHash.sha256(fresh).equals(generatedHash)) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ReportSection.class, sectionId);
        }
        section.setGenerated(language, fresh);
        change(section, language, fresh, true, username);
    }

    /** A section's text in one language as saved now, for the conflict page. */
    @Transactional(readOnly = true)
    DraftForms.SectionText savedText(Long meetingId, Long sectionId, String language) {
        ReportSection section = section(meetingId, sectionId);
        return new DraftForms.SectionText(sectionId, language, section.text(language), section.getVersion());
    }

    /** Who last edited a section, when known. */
    @Transactional(readOnly = true)
    java.util.Optional<String> lastEditor(Long meetingId, Long sectionId) {
        return java.util.Optional.ofNullable(section(meetingId, sectionId).getLastEditedBy());
    }

    /** The text one edit replaced and the text it put in its place. */
    @Transactional(readOnly = true)
    EditDifference edit(Long meetingId, Long editId) {
        ReportDraft draft = draft(meetingId);
        SectionEdit edit = edits.findById(editId)
                .filter(e -> e.getSection().getDraft().getId().equals(draft.getId()))
                .orElseThrow(() -> new NotFoundException("Report edit", editId));
        return new EditDifference(meetingId, edit.getSection().getKind(), edit.getLanguage(), edit.getEditedBy(),
                edit.getEditedAt(), edit.isRegenerated(), TextDiff.html(TextDiff.words(
                        nullToEmpty(edit.getTextBefore()), nullToEmpty(edit.getTextAfter()))));
    }

    /** Adds a comment, or a reply to one of the same section. */
    Long comment(Long meetingId, Long sectionId, Long parentId, CommentAuthor author, String body) {
        ReportSection section = section(meetingId, sectionId);
        if (!section.getDraft().isOpen()) {
            throw new DraftRefusal("draft.comment.refused.published");
        }
        if (body == null || body.isBlank()) {
            throw new DraftRefusal("draft.comment.refused.blank");
        }
        if (body.length() > MAX_COMMENT) {
            throw new DraftRefusal("draft.comment.refused.long", MAX_COMMENT);
        }
        if (parentId != null) {
            comments.findById(parentId).filter(parent -> parent.getSection().getId().equals(section.getId()))
                    .orElseThrow(() -> new NotFoundException("Report comment", parentId));
        }
        ReportComment comment;
        if (author instanceof CommentAuthor.Guest guest) {
            comment = new ReportComment(section, parentId, null, guest.invitationId(), guest.name().strip(),
                    body.strip(), clock.instant());
        }
        else {
            String username = ((CommentAuthor.Member) author).username();
            comment = new ReportComment(section, parentId, username, null, displayName(username), body.strip(),
                    clock.instant());
        }
        return comments.save(comment).getId();
    }

    /** Resolves a comment thread, or opens it again. */
    void resolve(Long meetingId, Long commentId, boolean resolved, String username) {
        ReportDraft draft = draft(meetingId);
        ReportComment comment = comments.findById(commentId)
                .filter(c -> c.getSection().getDraft().getId().equals(draft.getId()))
                .orElseThrow(() -> new NotFoundException("Report comment", commentId));
        if (resolved) {
            comment.resolve(username, clock.instant());
        }
        else {
            comment.reopen();
        }
    }

    /** The comment threads of every section of a draft, by section id. */
    @Transactional(readOnly = true)
    Map<Long, List<DraftComment>> threads(Long draftId) {
        Map<Long, List<ReportComment>> bySection = new LinkedHashMap<>();
        for (ReportComment comment : comments.findByDraft(draftId)) {
            bySection.computeIfAbsent(comment.getSection().getId(), id -> new ArrayList<>()).add(comment);
        }
        Map<Long, List<DraftComment>> threads = new LinkedHashMap<>();
        bySection.forEach((sectionId, list) -> threads.put(sectionId, threads(list, null)));
        return threads;
    }

    private static List<DraftComment> threads(List<ReportComment> all, Long parentId) {
        return all.stream().filter(c -> Objects.equals(c.getParentId(), parentId))
                .sorted(Comparator.comparing(ReportComment::getCreatedAt).thenComparing(ReportComment::getId))
                .map(c -> new DraftComment(c.getId(), c.getSection().getId(), c.getParentId(), c.getAuthorName(),
                        c.getGuestInvitationId() != null, c.getBody(), c.getCreatedAt(), c.getResolvedAt(),
                        c.getResolvedBy(), threads(all, c.getId())))
                .toList();
    }

    /** The texts of every section of a draft, in print order. */
    @Transactional(readOnly = true)
    Map<SectionKind, Bilingual> texts(Long draftId) {
        Map<SectionKind, Bilingual> texts = new EnumMap<>(SectionKind.class);
        sections.findByDraftId(draftId).forEach(section -> texts.put(section.getKind(), section.texts()));
        return texts;
    }

    /** One language's text of a section changed: kept as an edit, and that language's sign-offs void. */
    void change(ReportSection section, String language, String text, boolean regenerated, String username) {
        String before = section.text(language);
        String after = text == null || text.isBlank() ? null : text;
        if (Objects.equals(before, after)) {
            return;
        }
        Instant now = clock.instant();
        section.setText(language, after, username, now);
        edits.save(new SectionEdit(section, language, before, after, regenerated, username, now));
        signOffs.findCurrentRound(section.getDraft().getId()).stream()
                .filter(s -> !s.isVoid() && s.getLanguage().equals(language))
                .forEach(s -> s.voidAt(now));
    }

    /** Whether the meeting's draft stands published (not reopened for a correction); false when it has none. */
    boolean published(Long meetingId) {
        return drafts.findByMeetingId(meetingId).map(draft -> !draft.isOpen()).orElse(false);
    }

    ReportDraft draft(Long meetingId) {
        return drafts.findByMeetingId(meetingId).orElseThrow(() -> new NotFoundException("Report draft", meetingId));
    }

    private ReportSection section(Long meetingId, Long sectionId) {
        ReportDraft draft = draft(meetingId);
        return sections.findById(sectionId).filter(s -> s.getDraft().getId().equals(draft.getId()))
                .orElseThrow(() -> new NotFoundException("Report section", sectionId));
    }

    private ReportSection openSection(Long meetingId, Long sectionId) {
        ReportSection section = section(meetingId, sectionId);
        if (!section.getDraft().isOpen()) {
            throw new DraftRefusal("draft.refused.published");
        }
        return section;
    }

    private String generated(ReportSection section, String language) {
        if (section.getKind() == SectionKind.FOREWORD) {
            return null;
        }
        Bilingual fresh = generator.generate(section.getDraft().getMeetingId(), section.getDraft().getGrouping())
                .getOrDefault(section.getKind(), Bilingual.EMPTY);
        return "ru".equals(language) ? fresh.ru() : fresh.en();
    }

    String displayName(String username) {
        return accounts.byUsername(username).map(User::getDisplayName).orElse(username);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * What "Regenerate from the records" would change.
     *
     * @param diffHtml the word difference from the current text to the generated one, as safe HTML
     * @param generatedHash the hash of the generated text shown, which the confirmation must name
     */
    record Regeneration(Long meetingId, Long sectionId, SectionKind kind, String language, String current,
            String generated, String diffHtml, long version, String generatedHash, boolean open) {
    }

    /** One edit's difference, as safe HTML. */
    record EditDifference(Long meetingId, SectionKind kind, String language, String editedBy, Instant editedAt,
            boolean regenerated, String diffHtml) {
    }
}
