package org.dialoguetracker.meeting.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import org.dialoguetracker.meeting.MeetingService;
import org.dialoguetracker.participant.AttendanceEditing;
import org.dialoguetracker.participant.AttendanceForm;
import org.dialoguetracker.participant.AttendanceRole;
import org.dialoguetracker.participant.AttendanceService;
import org.dialoguetracker.participant.AttendanceStatus;
import org.dialoguetracker.participant.Capacity;
import org.dialoguetracker.participant.InstitutionService;
import org.dialoguetracker.participant.InviteForm;
import org.dialoguetracker.participant.NewAttendeeForm;
import org.dialoguetracker.participant.ParticipantForm;
import org.dialoguetracker.participant.ParticipantService;
import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.Side;
import org.dialoguetracker.shared.web.Notice;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attendance tool of a meeting: its invitations with their status and role, a quick search to invite
 * participants on file, and a form to create and invite someone new in one step.
 */
@Controller
@RequestMapping("/meetings/{meetingId}/attendance")
class AttendanceController {

    static final String VIEW = "attendance/meeting";

    private final MeetingService meetings;

    private final AttendanceService attendance;

    private final AttendanceEditing editing;

    private final ParticipantService participants;

    private final InstitutionService institutions;

    AttendanceController(MeetingService meetings, AttendanceService attendance, AttendanceEditing editing,
            ParticipantService participants, InstitutionService institutions) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.editing = editing;
        this.participants = participants;
        this.institutions = institutions;
    }

    /** Every request names a meeting: an unknown one is the 404 page. */
    @ModelAttribute
    void frame(@PathVariable Long meetingId, Model model) {
        model.addAttribute("meeting", meetings.details(meetingId));
    }

    @GetMapping
    String page(@PathVariable Long meetingId, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("newAttendee", NewAttendeeForm.blank());
        return view(meetingId, q, model);
    }

    @PostMapping
    String invite(@PathVariable Long meetingId, @Valid @ModelAttribute("invite") InviteForm form,
            BindingResult binding, @RequestParam(required = false) String q, RedirectAttributes redirect,
            Model model) {
        BindingResult result = Forms.bound(form, binding, model);
        editing.validate(meetingId, form, result);
        if (!result.hasErrors()) {
            try {
                editing.invite(meetingId, form);
                redirect.addFlashAttribute("message", "attendance.invited");
                return back(meetingId, q, redirect);
            }
            catch (DataIntegrityViolationException invitedMeanwhile) {
                result.reject("attendance.invite.already.meanwhile");
            }
        }
        redirect.addFlashAttribute("refusals", result.getAllErrors().stream().map(AttendanceController::notice).toList());
        return back(meetingId, q, redirect);
    }

    @PostMapping("/participants")
    String createAndInvite(@PathVariable Long meetingId, @Valid @ModelAttribute("newAttendee") NewAttendeeForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (form.participant() == null) {
            // none of the person's fields arrived: show them blank, with the message that they are needed
            Forms.rebound(new NewAttendeeForm(ParticipantForm.blank(), form.status(), form.role()), result, model);
            return view(meetingId, null, model);
        }
        editing.validate(form, result);
        if (result.hasErrors()) {
            return view(meetingId, null, model);
        }
        editing.createAndInvite(meetingId, form);
        redirect.addFlashAttribute("message", "attendance.createdAndInvited");
        return back(meetingId, null, redirect);
    }

    @PostMapping("/{attendanceId}")
    String change(@PathVariable Long meetingId, @PathVariable Long attendanceId,
            @Valid @ModelAttribute("change") AttendanceForm form, BindingResult binding, RedirectAttributes redirect,
            Model model) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("refusals", List.of(Notice.of("attendance.change.invalid")));
            return back(meetingId, null, redirect);
        }
        try {
            editing.change(meetingId, attendanceId, form);
        }
        catch (ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("refusals", List.of(Notice.of("attendance.change.stale")));
            return back(meetingId, null, redirect);
        }
        redirect.addFlashAttribute("message", "attendance.changed");
        return back(meetingId, null, redirect);
    }

    @PostMapping("/{attendanceId}/delete")
    String remove(@PathVariable Long meetingId, @PathVariable Long attendanceId, RedirectAttributes redirect) {
        if (editing.remove(meetingId, attendanceId)) {
            redirect.addFlashAttribute("message", "attendance.removed");
        }
        else {
            redirect.addFlashAttribute("refusals", List.of(Notice.of("attendance.remove.refused.attended")));
        }
        return back(meetingId, null, redirect);
    }

    private String view(Long meetingId, String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("invitations", attendance.invitations(meetingId));
        model.addAttribute("candidates", participants.invitable(meetingId, query));
        model.addAttribute("institutions", institutions.options());
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("roles", AttendanceRole.values());
        model.addAttribute("sides", Side.values());
        model.addAttribute("capacities", Capacity.values());
        return VIEW;
    }

    /** Back to the tool, with the quick search the organiser was in. */
    private static String back(Long meetingId, String q, RedirectAttributes redirect) {
        if (q != null && !q.isBlank()) {
            redirect.addAttribute("q", q.strip());
        }
        return "redirect:/meetings/" + meetingId + "/attendance";
    }

    /** A refused invitation: the reason given by the service, or "choose someone listed" for a bad field. */
    private static Notice notice(ObjectError error) {
        if (error instanceof FieldError || error.getCode() == null) {
            return Notice.of("attendance.invite.unknown");
        }
        Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
        return new Notice(error.getCode(), Arrays.stream(args).map(String::valueOf).toList());
    }
}
