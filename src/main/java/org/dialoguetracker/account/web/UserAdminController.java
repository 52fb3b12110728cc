package org.dialoguetracker.account.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.dialoguetracker.account.EditUserForm;
import org.dialoguetracker.account.NewUserForm;
import org.dialoguetracker.account.PasswordForm;
import org.dialoguetracker.account.UserAdministration;
import org.dialoguetracker.shared.Forms;
import org.dialoguetracker.shared.Role;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts, for admins: create, change role or language, deactivate, reset the password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAdministration users;

    UserAdminController(UserAdministration users) {
        this.users = users;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("languages", new String[] { "en", "ru" });
        model.addAttribute("sides", UserAdministration.sides());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        return "admin/users";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", NewUserForm.blank());
        return "admin/user-new";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        Long id = result.hasErrors() ? null : users.create(form, result);
        if (id == null) {
            return "admin/user-new";
        }
        redirect.addFlashAttribute("message", "account.created");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("user", users.get(id));
        model.addAttribute("form", users.editForm(id));
        model.addAttribute("passwordForm", new PasswordForm(null, null));
        return "admin/user-edit";
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") EditUserForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        BindingResult result = Forms.bound(form, binding, model);
        model.addAttribute("user", users.get(id));
        model.addAttribute("passwordForm", new PasswordForm(null, null));
        if (!result.hasErrors()) {
            try {
                users.update(id, form, result);
            }
            catch (ObjectOptimisticLockingFailureException stale) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("form", users.editForm(id));
                result.reject("account.changedMeanwhile");
                return "admin/user-edit";
            }
        }
        if (result.hasErrors()) {
            return "admin/user-edit";
        }
        redirect.addFlashAttribute("message", "account.saved");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/password")
    String changePassword(@PathVariable Long id, @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        users.changePassword(id, form, result);
        if (result.hasErrors()) {
            model.addAttribute("user", users.get(id));
            model.addAttribute("form", users.editForm(id));
            return "admin/user-edit";
        }
        redirect.addFlashAttribute("message", "account.passwordChanged");
        return "redirect:/admin/users";
    }
}
