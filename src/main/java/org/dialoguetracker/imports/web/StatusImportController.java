package org.dialoguetracker.imports.web;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;
import org.dialoguetracker.imports.BulkStatusUpdate;
import org.dialoguetracker.imports.ImportPlan;
import org.dialoguetracker.imports.ImportPlans;
import org.dialoguetracker.imports.ImportRefused;
import org.dialoguetracker.imports.ImportResult;
import org.dialoguetracker.imports.ImportStale;
import org.dialoguetracker.imports.ImportUploadForm;
import org.dialoguetracker.imports.PlannedRow;
import org.dialoguetracker.imports.PreviewForm;
import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.Paging;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulk status update, for admins: upload a CSV file, read the preview of every line, then apply it in one
 * go. The plan of the preview waits in the database ({@link ImportPlans}, so any instance can apply it, and the
 * session stays small) until then.
 */
@Controller
@RequestMapping("/admin/import")
class StatusImportController {

    static final String VIEW = "admin/import";

    static final String PREVIEW = "admin/import-preview";

    private static final int ROWS_PER_PAGE = 100;

    private final BulkStatusUpdate imports;

    private final ImportPlans plans;

    StatusImportController(BulkStatusUpdate imports, ImportPlans plans) {
        this.imports = imports;
        this.plans = plans;
    }

    @ModelAttribute
    void limits(Model model) {
        model.addAttribute("maxMegabytes", ImportUploadForm.MAX_MEGABYTES);
        model.addAttribute("maxRows", ImportUploadForm.MAX_ROWS);
    }

    /** @param tooLarge set by {@link UploadLimitFilter} when the container refused a file too large to read */
    @GetMapping
    String page(@RequestParam(defaultValue = "false") boolean tooLarge, Model model, Authentication authentication) {
        ImportUploadForm form = ImportUploadForm.blank();
        model.addAttribute("form", form);
        if (tooLarge) {
            BindingResult result = new BeanPropertyBindingResult(form, "form");
            result.rejectValue("file", "imports.file.tooLarge", new Object[] { ImportUploadForm.MAX_MEGABYTES }, null);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        }
        model.addAttribute("pending", plans.pending(authentication.getName()));
        return VIEW;
    }

    @PostMapping
    String upload(@Valid @ModelAttribute("form") ImportUploadForm form, BindingResult binding, Model model,
            Authentication authentication) throws IOException {
        BindingResult result = Forms.bound(form, binding, model);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                plans.keep(imports.preview(form.fileName(), form.file().getBytes()), authentication.getName());
                return "redirect:/admin/import/preview";
            }
            catch (ImportRefused refused) {
                result.rejectValue("file", refused.code(), refused.arguments(), null);
            }
        }
        return VIEW;
    }

    @GetMapping("/preview")
    String preview(@RequestParam(defaultValue = "false") boolean errorsOnly,
            @RequestParam(required = false) Integer page, Model model, Authentication authentication,
            RedirectAttributes redirect) {
        ImportPlan plan = plans.pending(authentication.getName());
        if (plan == null) {
            redirect.addFlashAttribute("importProblem", problem("imports.expired"));
            return "redirect:/admin/import";
        }
        List<PlannedRow> shown = errorsOnly ? plan.rows().stream().filter(PlannedRow::hasProblems).toList()
                : plan.rows();
        model.addAttribute("plan", plan);
        model.addAttribute("rows", page(shown, Paging.page(page)));
        model.addAttribute("errorsOnly", errorsOnly);
        model.addAttribute("form", new PreviewForm(plan.token()));
        return PREVIEW;
    }

    @PostMapping("/apply")
    String apply(@Valid @ModelAttribute("form") PreviewForm form, BindingResult binding, Model model,
            Authentication authentication, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        ImportPlan plan = result.hasErrors() ? null : plans.pending(authentication.getName(), form.token());
        if (plan == null) {
            redirect.addFlashAttribute("importProblem", problem("imports.expired"));
            return "redirect:/admin/import";
        }
        if (!plan.canApply()) {
            redirect.addFlashAttribute("importProblem",
                    problem(plan.errors() > 0 ? "imports.apply.hasErrors" : "imports.apply.nothing"));
            return "redirect:/admin/import/preview";
        }
        try {
            ImportResult done = imports.apply(plan, authentication.getName());
            redirect.addFlashAttribute("imported", done);
        }
        catch (ImportStale stale) {
            redirect.addFlashAttribute("importProblem",
                    problem("imports.stale", stale.reference(), String.valueOf(stale.line())));
        }
        catch (ObjectOptimisticLockingFailureException concurrent) {
            // someone saved one of the recommendations while the import was being written
            PlannedRow row = plan.rows().stream()
                    .filter(r -> r.recommendationId() != null && r.recommendationId().equals(concurrent.getIdentifier()))
                    .findFirst().orElse(plan.rows().get(0));
            redirect.addFlashAttribute("importProblem",
                    problem("imports.stale", row.reference(), String.valueOf(row.line())));
        }
        plans.forget(authentication.getName(), plan.token());
        return "redirect:/admin/import";
    }

    @PostMapping("/discard")
    String discard(@Valid @ModelAttribute("form") PreviewForm form, BindingResult binding, Model model,
            Authentication authentication, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        if (result.hasErrors() || !plans.forget(authentication.getName(), form.token())) {
            redirect.addFlashAttribute("importProblem", problem("imports.expired"));
        }
        else {
            redirect.addFlashAttribute("message", "imports.discarded");
        }
        return "redirect:/admin/import";
    }

    private static Page<PlannedRow> page(List<PlannedRow> rows, int requested) {
        int last = Math.max(0, (rows.size() - 1) / ROWS_PER_PAGE);
        int page = Math.min(requested, last);
        int from = page * ROWS_PER_PAGE;
        return new PageImpl<>(rows.subList(from, Math.min(from + ROWS_PER_PAGE, rows.size())),
                PageRequest.of(page, ROWS_PER_PAGE), rows.size());
    }

    private static DefaultMessageSourceResolvable problem(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
    }
}
