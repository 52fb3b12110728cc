package org.dialoguetracker.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignOffRepository extends JpaRepository<SignOff, Long> {

    /** The sign-offs of the draft's current round (not yet filed under an edition), valid and voided, newest first. */
    @Query("""
            select s from SignOff s where s.draft.id = ?1 and s.publishedIn is null
             order by s.signedAt desc, s.id desc""")
    List<SignOff> findCurrentRound(Long draftId);

    /** The sign-offs an edition was published with. */
    @Query("select s from SignOff s where s.draft.id = ?1 and s.publishedIn = ?2 order by s.signedAt, s.id")
    List<SignOff> findPublishedIn(Long draftId, int edition);
}
