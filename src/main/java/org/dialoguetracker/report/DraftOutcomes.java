package org.dialoguetracker.report;

import java.util.List;
import java.util.function.Supplier;

import org.dialoguetracker.shared.web.Notice;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the workspace's actions end: back to the workspace with what was done, or with why it was refused (a
 * {@link DraftRefusal} or a form that did not validate), nothing saved.
 */
final class DraftOutcomes {

    private DraftOutcomes() {
    }

    static String back(Long meetingId) {
        return "redirect:/meetings/" + meetingId + "/report/draft";
    }

    /** Runs the action, which returns its success message key; a refusal is shown instead. */
    static String redirect(Long meetingId, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("message", action.get());
        }
        catch (PublishingService.MissingSignOffs missing) {
            redirect.addFlashAttribute("missingSignOffs", missing.missing());
        }
        catch (DraftRefusal refusal) {
            redirect.addFlashAttribute("refusals", List.of(new Notice(refusal.messageKey(),
                    java.util.Arrays.stream(refusal.arguments()).map(String::valueOf).toList())));
        }
        return back(meetingId);
    }

    /** A form that did not validate: each field's message, as a refusal. */
    static String refused(Long meetingId, RedirectAttributes redirect, BindingResult result) {
        List<Notice> notices = result.getFieldErrors().stream().map(DraftOutcomes::notice).distinct().toList();
        redirect.addFlashAttribute("refusals", notices.isEmpty() ? List.of(Notice.of("draft.refused.invalid"))
                : notices);
        return back(meetingId);
    }

    private static Notice notice(FieldError error) {
        return Notice.of("draft.refused.field." + error.getField());
    }
}
