package org.dialoguetracker.imports.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.dialoguetracker.imports.ImportUploadForm;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file beyond {@code spring.servlet.multipart.max-file-size} is refused while the request is read, before any
 * controller sees it. On the import page that gets the page back with the message next to the file field, as a
 * file beyond the import's own limit does, rather than an error page. Other uploads keep the default answer.
 */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        if (!"/admin/import".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            throw tooLarge; // the same exception: handled as if this advice did not exist
        }
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(ImportUploadForm.blank(), "form");
        result.rejectValue("file", "imports.file.tooLarge", new Object[] { ImportUploadForm.MAX_MEGABYTES }, null);
        ModelAndView page = new ModelAndView(StatusImportController.VIEW, result.getModel());
        Map<String, Object> model = page.getModel();
        StatusImportController.limits(model);
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return page;
    }
}
