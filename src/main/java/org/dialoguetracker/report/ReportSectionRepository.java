package org.dialoguetracker.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportSectionRepository extends JpaRepository<ReportSection, Long> {

    List<ReportSection> findByDraftId(Long draftId);
}
