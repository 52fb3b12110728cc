package org.dialoguetracker.document.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.dialoguetracker.document.DocumentService;
import org.dialoguetracker.document.OwnerKind;
import org.dialoguetracker.document.UploadRefused;
import org.dialoguetracker.shared.Viewer;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploads from the documents panels of a meeting's, a recommendation's and a follow-up action's page: a plain
 * multipart form (the panel's drag and drop fills the same file input). The file waits on disk in the app's upload
 * directory while the request reads it, and goes to the store as a stream.
 */
@Controller
class DocumentUploadController {

    private final DocumentService documents;

    private final Refusals refusals;

    DocumentUploadController(DocumentService documents, MessageSource messages) {
        this.documents = documents;
        this.refusals = new Refusals(messages);
    }

    @PostMapping("/meetings/{id}/documents")
    String toMeeting(@PathVariable Long id, @Valid @ModelAttribute("documentForm") UploadForm form,
            BindingResult binding, @RequestParam(required = false) MultipartFile file, Authentication authentication,
            RedirectAttributes redirect, Locale locale) {
        return upload(OwnerKind.MEETING, id, form, binding, file, authentication, redirect, locale);
    }

    @PostMapping("/recommendations/{id}/documents")
    String toRecommendation(@PathVariable Long id, @Valid @ModelAttribute("documentForm") UploadForm form,
            BindingResult binding, @RequestParam(required = false) MultipartFile file, Authentication authentication,
            RedirectAttributes redirect, Locale locale) {
        return upload(OwnerKind.RECOMMENDATION, id, form, binding, file, authentication, redirect, locale);
    }

    @PostMapping("/follow-ups/{id}/documents")
    String toFollowUp(@PathVariable Long id, @Valid @ModelAttribute("documentForm") UploadForm form,
            BindingResult binding, @RequestParam(required = false) MultipartFile file, Authentication authentication,
            RedirectAttributes redirect, Locale locale) {
        return upload(OwnerKind.FOLLOW_UP, id, form, binding, file, authentication, redirect, locale);
    }

    private String upload(OwnerKind owner, Long id, UploadForm form, BindingResult binding, MultipartFile file,
            Authentication authentication, RedirectAttributes redirect, Locale locale) {
        String page = documents.ownerPage(owner, id);
        String panel = "documents-" + owner.collection() + "-" + id;
        if (binding.hasErrors()) {
            refusals.flash(redirect, panel, binding, locale);
            return "redirect:" + page;
        }
        try {
            documents.upload(owner, id, form.title(), form.category(), form.access(),
                    file == null ? null : file.getOriginalFilename(), file == null ? 0 : file.getSize(), file,
                    Viewer.of(authentication));
        }
        catch (UploadRefused refused) {
            refusals.flash(redirect, panel, refused, locale);
            return "redirect:" + page;
        }
        redirect.addFlashAttribute("message", "document.uploadDone");
        return "redirect:" + page;
    }
}
