package org.dialoguetracker.report;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReportDraftRepository extends JpaRepository<ReportDraft, Long> {

    Optional<ReportDraft> findByMeetingId(Long meetingId);

    /** The draft, locked until the transaction ends: sign-offs and publishing of one draft take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from ReportDraft d where d.meetingId = ?1")
    Optional<ReportDraft> lockByMeetingId(Long meetingId);
}
