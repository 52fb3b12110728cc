package org.dialoguetracker.participant;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dialoguetracker.shared.NotFoundException;
import org.dialoguetracker.shared.Option;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class InstitutionService {

    private final InstitutionRepository institutions;

    InstitutionService(InstitutionRepository institutions) {
        this.institutions = institutions;
    }

    /** Every institution as a choice for select boxes, by name. */
    public List<Option> options() {
        return institutions.findAllOrdered().stream().map(i -> new Option(i.getId(), i.getName())).toList();
    }

    /** Every institution with its full and short names, by name: a few hundred at most. */
    public List<InstitutionRow> all() {
        return institutions.findAllOrdered().stream().map(InstitutionRow::of).toList();
    }

    public Optional<Institution> find(Long id) {
        return id == null ? Optional.empty() : institutions.findById(id);
    }

    /** One page of the institutions, in the order of their names in the reader's language. */
    public Page<InstitutionRow> list(int page, int size, Locale locale) {
        PageRequest request = PageRequest.of(page, size);
        return ("ru".equals(locale.getLanguage()) ? institutions.findPageByRussianName(request)
                : institutions.findPageByEnglishName(request)).map(InstitutionRow::of);
    }

    public InstitutionForm editForm(Long id) {
        return InstitutionForm.of(institutions.findById(id).orElseThrow(() -> new NotFoundException("Institution", id)));
    }
}
