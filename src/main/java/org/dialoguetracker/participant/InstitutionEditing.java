package org.dialoguetracker.participant;

import org.dialoguetracker.shared.Bilingual;
import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Versions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What organisers change of institutions. */
@Service
@Transactional
public class InstitutionEditing {

    private final InstitutionRepository institutions;

    InstitutionEditing(InstitutionRepository institutions) {
        this.institutions = institutions;
    }

    public Long create(InstitutionForm form) {
        Institution institution = new Institution(Bilingual.EMPTY, form.country(), form.kind());
        institution.apply(form);
        return institutions.save(institution).getId();
    }

    public void update(Long id, InstitutionForm form) {
        Institution institution = institutions.findById(id).orElseThrow(() -> new NotFoundException("Institution", id));
        Versions.check(Institution.class, id, institution.getVersion(), form.version());
        institution.apply(form);
    }
}
