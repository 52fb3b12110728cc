package org.dialoguetracker.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.dialoguetracker.document.DocumentService;
import org.dialoguetracker.document.UploadRefused;
import org.dialoguetracker.shared.Viewer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A document's download (its current file for whoever may read it; an earlier version for organisers and admins), and
 * the organisers' changes: a new file, another access level, deletion.
 */
@Controller
class DocumentController {

    private final DocumentService documents;

    private final Refusals refusals;

    DocumentController(DocumentService documents, MessageSource messages) {
        this.documents = documents;
        this.refusals = new Refusals(messages);
    }

    @GetMapping("/documents/{id}")
    void download(@PathVariable Long id, Authentication authentication, HttpServletResponse response)
            throws IOException {
        send(documents.download(id, null, Viewer.of(authentication)), response);
    }

    @GetMapping("/documents/{id}/versions/{n}")
    void version(@PathVariable Long id, @PathVariable("n") Integer number, Authentication authentication,
            HttpServletResponse response) throws IOException {
        send(documents.download(id, number, Viewer.of(authentication)), response);
    }

    @PostMapping("/documents/{id}/replace")
    String replace(@PathVariable Long id, @Valid @ModelAttribute("changeForm") ChangeForm form, BindingResult binding,
            @RequestParam(required = false) MultipartFile file, Authentication authentication,
            RedirectAttributes redirect, Locale locale) {
        String page = documents.ownerPage(id);
        if (binding.hasErrors()) {
            refusals.flash(redirect, panel(page), binding, locale);
            return "redirect:" + page;
        }
        try {
            documents.replace(id, form.lockVersion(), file == null ? null : file.getOriginalFilename(),
                    file == null ? 0 : file.getSize(), file, Viewer.of(authentication));
        }
        catch (UploadRefused refused) {
            refusals.flash(redirect, panel(page), refused, locale);
            return "redirect:" + page;
        }
        redirect.addFlashAttribute("message", "document.replaced");
        return "redirect:" + page;
    }

    @PostMapping("/documents/{id}/access")
    String access(@PathVariable Long id, @Valid @ModelAttribute("changeForm") ChangeForm form, BindingResult binding,
            RedirectAttributes redirect, Locale locale) {
        String page = documents.ownerPage(id);
        if (binding.hasErrors() || form.access() == null) {
            refusals.flash(redirect, panel(page), binding, locale);
            return "redirect:" + page;
        }
        documents.changeAccess(id, form.lockVersion(), form.access());
        redirect.addFlashAttribute("message", "document.accessChanged");
        return "redirect:" + page;
    }

    @PostMapping("/documents/{id}/delete")
    String delete(@PathVariable Long id, @Valid @ModelAttribute("changeForm") ChangeForm form, BindingResult binding,
            RedirectAttributes redirect, Locale locale) {
        String page = documents.ownerPage(id);
        if (binding.hasErrors()) {
            refusals.flash(redirect, panel(page), binding, locale);
            return "redirect:" + page;
        }
        documents.delete(id, form.lockVersion());
        redirect.addFlashAttribute("message", "document.deleted");
        return "redirect:" + page;
    }

    /** The panel a page's address ends in: {@code /meetings/7#documents-meetings-7}. */
    private static String panel(String page) {
        return page.substring(page.indexOf('#') + 1);
    }

    /**
     * The file as an attachment (never shown in the browser's window, whatever it holds), in the type told from its
     * content when it was uploaded, with its name in RFC 5987's encoding, streamed from the store.
     */
    private void send(DocumentService.Download download, HttpServletResponse response) throws IOException {
        response.setContentType(download.format().mediaType());
        response.setContentLengthLong(download.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8).build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        try (InputStream in = documents.open(download)) {
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
        }
    }
}
