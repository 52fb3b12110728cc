package org.dialoguetracker.report;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SectionEditRepository extends JpaRepository<SectionEdit, Long> {

    /** The edits of a draft in one language made after a moment, oldest first, with their sections. */
    @Query("""
            select e from SectionEdit e join fetch e.section s
             where s.draft.id = ?1 and e.language = ?2 and e.editedAt > ?3 order by e.editedAt, e.id""")
    List<SectionEdit> findSince(Long draftId, String language, Instant since);
}
