package org.dialoguetracker.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.meeting.MeetingService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the draft workspace shows, in one transaction. */
@Service
@Transactional(readOnly = true)
class DraftWorkspaces {

    private final ReportDraftRepository drafts;

    private final ReportSectionRepository sections;

    private final ReportDraftService drafting;

    private final SignOffService signOffs;

    private final ReportDocuments documents;

    private final EditionStore editions;

    private final MeetingService meetings;

    DraftWorkspaces(ReportDraftRepository drafts, ReportSectionRepository sections, ReportDraftService drafting,
            SignOffService signOffs, ReportDocuments documents, EditionStore editions, MeetingService meetings) {
        this.drafts = drafts;
        this.sections = sections;
        this.drafting = drafting;
        this.signOffs = signOffs;
        this.documents = documents;
        this.editions = editions;
        this.meetings = meetings;
    }

    /** The meeting's draft as its workspace shows it to this user; empty when no draft was started. */
    Optional<DraftWorkspace> workspace(Long meetingId, String username) {
        MeetingDetails meeting = meetings.details(meetingId);
        return drafts.findByMeetingId(meetingId).map(draft -> {
            List<ReportSection> all = sections.findByDraftId(draft.getId()).stream()
                    .sorted(Comparator.comparing(ReportSection::getKind)).toList();
            Map<Long, List<DraftComment>> threads = drafting.threads(draft.getId());
            List<ReportDocument.InstitutionName> namesEn = documents.institutions(meetingId, "en");
            List<ReportDocument.InstitutionName> namesRu = documents.institutions(meetingId, "ru");
            List<DraftWorkspace.SectionRow> rows = all.stream().map(s -> new DraftWorkspace.SectionRow(s.getId(),
                    s.getKind(), s.text("en"), s.text("ru"), ReportText.html(s.text("en"), "en", namesEn),
                    ReportText.html(s.text("ru"), "ru", namesRu), s.getVersion(), s.getLastEditedBy(),
                    s.getLastEditedAt(), threads.getOrDefault(s.getId(), List.of()))).toList();
            return new DraftWorkspace(meeting, draft.getId(), draft.getGrouping(), draft.isOpen(), rows,
                    signOffs.panel(draft, all, username), editions.latestNumber(meetingId));
        });
    }

    MeetingDetails meeting(Long meetingId) {
        return meetings.details(meetingId);
    }
}
