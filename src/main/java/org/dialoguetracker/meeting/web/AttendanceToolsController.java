package org.dialoguetracker.meeting.web;

import java.util.List;

import org.dialoguetracker.meeting.MeetingRef;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.participant.AttendanceToolStale;
import org.dialoguetracker.participant.AttendanceTools;
import org.dialoguetracker.shared.web.Notice;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attendance tool's steps for many people at once, each a preview that names everyone affected (and everyone
 * skipped), then a POST that does it for all of them or for none: inviting everyone who attended the previous round
 * of the dialogue, and marking everyone who confirmed as attended.
 */
@Controller
@RequestMapping("/meetings/{meetingId}/attendance")
class AttendanceToolsController {

    static final String INVITE_VIEW = "attendance/invite-previous";

    static final String MARK_VIEW = "attendance/mark-attended";

    private final MeetingService meetings;

    private final AttendanceTools tools;

    AttendanceToolsController(MeetingService meetings, AttendanceTools tools) {
        this.meetings = meetings;
        this.tools = tools;
    }

    /** Every request names a meeting: an unknown one is the 404 page. */
    @ModelAttribute
    void frame(@PathVariable Long meetingId, Model model) {
        model.addAttribute("meeting", meetings.details(meetingId));
    }

    @GetMapping("/invite-previous")
    String invitePreview(@PathVariable Long meetingId, Model model) {
        MeetingRef previous = meetings.previousRound(meetingId).orElse(null);
        model.addAttribute("previous", previous);
        model.addAttribute("preview", previous == null ? null : tools.previewInvitePrevious(meetingId, previous.id()));
        return INVITE_VIEW;
    }

    @PostMapping("/invite-previous")
    String invite(@PathVariable Long meetingId, @RequestParam(name = "participant", required = false) List<Long> seen,
            RedirectAttributes redirect) {
        MeetingRef previous = meetings.previousRound(meetingId).orElse(null);
        if (previous == null) {
            return refused(meetingId, "invite-previous", "attendance.tools.firstRound", redirect);
        }
        try {
            int skipped = tools.previewInvitePrevious(meetingId, previous.id()).skipped().size();
            int invited = tools.invitePrevious(meetingId, previous.id(), seen == null ? List.of() : seen);
            return done(meetingId, "attendance.tools.invited", redirect, invited, skipped);
        }
        catch (AttendanceToolStale | DataIntegrityViolationException changedMeanwhile) {
            return refused(meetingId, "invite-previous", "attendance.tools.stale", redirect);
        }
    }

    @GetMapping("/mark-attended")
    String markPreview(@PathVariable Long meetingId, Model model) {
        model.addAttribute("preview", tools.previewMarkAttended(meetingId));
        return MARK_VIEW;
    }

    @PostMapping("/mark-attended")
    String mark(@PathVariable Long meetingId, @RequestParam(name = "attendance", required = false) List<Long> seen,
            RedirectAttributes redirect) {
        try {
            int marked = tools.markAttended(meetingId, seen == null ? List.of() : seen);
            return done(meetingId, "attendance.tools.marked", redirect, marked);
        }
        catch (AttendanceToolStale | ObjectOptimisticLockingFailureException changedMeanwhile) {
            return refused(meetingId, "mark-attended", "attendance.tools.stale", redirect);
        }
    }

    private static String done(Long meetingId, String message, RedirectAttributes redirect, Object... counts) {
        redirect.addFlashAttribute("message", message);
        redirect.addFlashAttribute("messageArgs", counts);
        return "redirect:/meetings/" + meetingId + "/attendance";
    }

    /** Back to the preview, which now shows who would be affected, with the reason nothing was done. */
    private static String refused(Long meetingId, String step, String reason, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusals", List.of(Notice.of(reason)));
        return "redirect:/meetings/" + meetingId + "/attendance/" + step;
    }
}
