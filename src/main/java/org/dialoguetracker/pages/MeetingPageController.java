package org.dialoguetracker.pages;

import jakarta.servlet.http.HttpServletRequest;

import org.dialoguetracker.document.DocumentService;
import org.dialoguetracker.document.OwnerKind;
import org.dialoguetracker.meeting.MeetingDetails;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.participant.AttendanceService;
import org.dialoguetracker.recommendation.RecommendationService;
import org.dialoguetracker.report.ReportDrafts;
import org.dialoguetracker.shared.Viewer;
import org.dialoguetracker.shared.web.PageCache;
import org.dialoguetracker.statement.KeyPoints;
import org.dialoguetracker.statement.StatementService;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A meeting's page, which shows what several modules keep of it: the meeting, its statements, its recommendations, its
 * attendance and its documents.
 */
@Controller
class MeetingPageController {

    /** How many key points each agenda session shows before "show all": every session of the demo meetings fits. */
    static final int KEY_POINTS_PER_SESSION = 5;

    /** How many recommendations the page lists; the browse page filtered by the meeting has them all. */
    static final int RECOMMENDATIONS_SHOWN = 20;

    /** The {@code session} value that names the key points recorded outside any session. */
    static final String OUTSIDE_SESSIONS = "other";

    private final MeetingService meetings;

    private final StatementService statements;

    private final RecommendationService recommendations;

    private final AttendanceService attendance;

    private final PageCache pages;

    private final ReportDrafts reports;

    private final DocumentService documents;

    MeetingPageController(MeetingService meetings, StatementService statements,
            RecommendationService recommendations, AttendanceService attendance, PageCache pages,
            ReportDrafts reports, DocumentService documents) {
        this.meetings = meetings;
        this.documents = documents;
        this.reports = reports;
        this.pages = pages;
        this.statements = statements;
        this.recommendations = recommendations;
        this.attendance = attendance;
    }

    /**
     * A meeting with its agenda, the first key points of each session, its first recommendations and its attendance.
     * A decade-long dialogue holds meetings of hundreds of statements: each session shows its first few with a link
     * to all of them ({@code ?session=} an agenda item of the meeting, or {@code other} for the key points outside
     * any session); any other value shows the page as without it.
     */
    @GetMapping("/meetings/{id}")
    String show(@PathVariable Long id, @RequestParam(required = false) String session, Authentication authentication,
            HttpServletRequest request, Model model) {
        return pages.view(request, model, PageCache.Shows.RECORDS_AND_STATEMENTS, () -> {
            Viewer viewer = Viewer.of(authentication);
            MeetingDetails meeting = meetings.details(id);
            model.addAttribute("meeting", meeting);
            model.addAttribute("reportLinks", reports.links(id));
            model.addAttribute("keyPoints", statements.keyPoints(id, full(session), KEY_POINTS_PER_SESSION, viewer));
            model.addAttribute("recommendations", recommendations.forMeeting(id, RECOMMENDATIONS_SHOWN));
            model.addAttribute("attendance", attendance.forMeeting(id, meeting.attributionRule(),
                    meeting.institutionsListedWithConsent(), viewer));
            model.addAttribute("documents", documents.panel(OwnerKind.MEETING, id, viewer));
            return "meetings/show";
        });
    }

    /** The part of the key points asked for in full by the page's {@code session} parameter. */
    static KeyPoints.Full full(String session) {
        if (OUTSIDE_SESSIONS.equals(session)) {
            return KeyPoints.Full.OUTSIDE_SESSIONS;
        }
        if (session != null && session.matches("[1-9][0-9]{0,17}")) {
            return KeyPoints.Full.session(Long.parseLong(session));
        }
        return KeyPoints.Full.NONE;
    }
}
