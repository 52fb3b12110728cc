package org.dialoguetracker.review.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.report.DraftRefusal;
import org.dialoguetracker.report.DraftReaderView;
import org.dialoguetracker.review.CommentForm;
import org.dialoguetracker.review.GuestReviewer;
import org.dialoguetracker.review.GuestReviews;
import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A guest reviewer's link: the draft of their invitation's meeting, read-only with its comment threads, and the
 * comments they post from it. The review chain has checked the token before a request gets here and made the guest
 * of its invitation the request's only principal; the draft is always the one of that invitation's meeting, never one
 * a request names. The language follows the link's {@code ?lang=}, which every link and form of the page keeps.
 */
@Controller
@RequestMapping("/review/{token}")
class GuestReviewController {

    private final GuestReviews reviews;

    GuestReviewController(GuestReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    String show(@PathVariable String token, @AuthenticationPrincipal GuestReviewer guest,
            HttpServletRequest request, Locale locale, Model model) {
        DraftReaderView view = reviews.visit(guest, locale.getLanguage(), request.getRemoteAddr());
        model.addAttribute("sent", request.getParameter("sent") != null);
        return page(token, guest, view, new CommentForm(null, null, null), request, model);
    }

    @PostMapping("/comments")
    String comment(@PathVariable String token, @AuthenticationPrincipal GuestReviewer guest,
            @Valid @ModelAttribute("form") CommentForm form, BindingResult binding, HttpServletRequest request,
            Locale locale, Model model) {
        BindingResult result = Forms.bound(form, binding, model);
        if (!result.hasErrors()) {
            try {
                Long id = reviews.comment(guest, form, request.getRemoteAddr());
                return "redirect:" + UriComponentsBuilder.fromPath("/review/{token}")
                        .queryParam("lang", locale.getLanguage()).queryParam("sent", "1")
                        .fragment("comment-" + id).buildAndExpand(token).toUriString();
            }
            catch (DraftRefusal refusal) {
                result.rejectValue("body", refusal.messageKey(), refusal.arguments(), null);
            }
        }
        model.addAttribute("sent", false);
        return page(token, guest, reviews.view(guest, locale.getLanguage()), form, request, model);
    }

    /**
     * No draft (the organisers withdrew it), or a section or comment that is not one of this draft's: the guests'
     * own 404 page, not the application's, whose menu leads where a guest may not go.
     */
    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("reason", "nodraft");
        return "review/refused";
    }

    private static String page(String token, GuestReviewer guest, DraftReaderView view, CommentForm form,
            HttpServletRequest request, Model model) {
        model.addAttribute("guest", guest);
        model.addAttribute("view", view);
        model.addAttribute("token", token);
        model.addAttribute("self", request.getContextPath() + "/review/" + token);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("maxComment", GuestReviews.MAX_COMMENT);
        return "review/draft";
    }
}
