package org.dialoguetracker.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dialoguetracker.account.Accounts;
import org.dialoguetracker.account.User;
import org.dialoguetracker.participant.Institution;
import org.dialoguetracker.participant.InstitutionService;
import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Option;
import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.Side;
import org.dialoguetracker.shared.Versions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** What organisers change of a dialogue: names, description, track level, organising institutions, leads. */
@Service
@Transactional
public class DialogueEditing {

    private final DialogueRepository dialogues;

    private final InstitutionService institutions;

    private final Accounts accounts;

    DialogueEditing(DialogueRepository dialogues, InstitutionService institutions, Accounts accounts) {
        this.dialogues = dialogues;
        this.institutions = institutions;
        this.accounts = accounts;
    }

    /** The dialogues with their organising institutions and leads, by name. */
    @Transactional(readOnly = true)
    public List<DialogueRow> list() {
        return dialogues.findAllWithOrganisersAndLeads().stream().map(DialogueRow::of).toList();
    }

    @Transactional(readOnly = true)
    public Bilingual name(Long id) {
        return dialogue(id).getName();
    }

    @Transactional(readOnly = true)
    public DialogueForm editForm(Long id) {
        return DialogueForm.of(dialogue(id));
    }

    /**
     * Who may be chosen as the lead of a side: the active organisers and admins of that side, and the account chosen now
     * ({@code current}) even when it no longer may lead, so that the form shows it (and refuses it with the reason)
     * rather than silently dropping it.
     */
    @Transactional(readOnly = true)
    public List<Option> leadOptions(Side side, Long current) {
        List<User> candidates = new ArrayList<>(accounts.leadCandidates(side));
        if (current != null && candidates.stream().noneMatch(u -> u.getId().equals(current))) {
            accounts.byId(current).ifPresent(candidates::add);
        }
        return candidates.stream().map(u -> {
            String label = u.getDisplayName() + " (" + u.getUsername() + ")";
            return new Option(u.getId(), new Bilingual(label, label));
        }).toList();
    }

    /**
     * Creates a dialogue, after checking what Bean Validation cannot (see {@link #check}) in the same transaction.
     *
     * @return its id, or null when {@code errors} holds why it was refused; nothing is saved then
     */
    public Long create(DialogueForm form, Errors errors) {
        check(form, errors);
        if (errors.hasErrors()) {
            return null;
        }
        Dialogue dialogue = new Dialogue(new Bilingual(form.nameEn(), form.nameRu()), form.trackLevel());
        apply(dialogue, form);
        return dialogues.save(dialogue).getId();
    }

    /**
     * Saves a dialogue's form, checked as {@link #create}'s; a form opened at an older version is refused as a stale
     * edit ({@code ObjectOptimisticLockingFailureException}).
     *
     * @return false when {@code errors} holds why it was refused; nothing is saved then
     */
    public boolean update(Long id, DialogueForm form, Errors errors) {
        Dialogue dialogue = dialogue(id);
        check(form, errors);
        if (errors.hasErrors()) {
            return false;
        }
        Versions.check(Dialogue.class, id, dialogue.getVersion(), form.version());
        apply(dialogue, form);
        dialogues.flush(); // a concurrent save meets the version here, inside the save's transaction
        return true;
    }

    /**
     * What Bean Validation cannot check: a name in one language, that the institutions exist, and that each lead is an
     * active organiser or admin of the side they lead.
     */
    private void check(DialogueForm form, Errors errors) {
        form.validate(errors);
        if (form.organiserIds().stream().anyMatch(id -> institutions.find(id).isEmpty())) {
            errors.rejectValue("organiserIds", "form.choice.unknown");
        }
        checkLead(form.ukLeadId(), Side.UK, "ukLeadId", errors);
        checkLead(form.russiaLeadId(), Side.RUSSIA, "russiaLeadId", errors);
    }

    private void apply(Dialogue dialogue, DialogueForm form) {
        Set<Institution> organisers = new LinkedHashSet<>();
        form.organiserIds().forEach(id -> institutions.find(id).ifPresent(organisers::add));
        dialogue.apply(form, organisers, accounts.byId(form.ukLeadId()).orElse(null),
                accounts.byId(form.russiaLeadId()).orElse(null));
    }

    private void checkLead(Long userId, Side side, String field, Errors errors) {
        if (userId == null) {
            return;
        }
        Optional<User> found = accounts.byId(userId);
        if (found.isEmpty()) {
            errors.rejectValue(field, "form.choice.unknown");
            return;
        }
        User user = found.get();
        if (!user.isActive()) {
            errors.rejectValue(field, "dialogue.form.lead.inactive");
        }
        else if (user.getRole() != Role.ORGANISER && user.getRole() != Role.ADMIN) {
            errors.rejectValue(field, "dialogue.form.lead.role");
        }
        else if (user.getSide() != side) {
            errors.rejectValue(field, "dialogue.form.lead.side." + side);
        }
    }

    private Dialogue dialogue(Long id) {
        return dialogues.findById(id).orElseThrow(() -> new NotFoundException("Dialogue", id));
    }
}
