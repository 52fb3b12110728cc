package org.dialoguetracker.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportCommentRepository extends JpaRepository<ReportComment, Long> {

    @Query("select c from ReportComment c where c.section.draft.id = ?1 order by c.createdAt, c.id")
    List<ReportComment> findByDraft(Long draftId);
}
