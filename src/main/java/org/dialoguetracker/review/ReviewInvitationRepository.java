package org.dialoguetracker.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewInvitationRepository extends JpaRepository<ReviewInvitation, Long> {

    /** The one invitation whose token has this SHA-256: the hash is the key, so no token is compared by hand. */
    Optional<ReviewInvitation> findByTokenHash(String tokenHash);

    List<ReviewInvitation> findByMeetingIdOrderByCreatedAtDescIdDesc(Long meetingId);

    Optional<ReviewInvitation> findByIdAndMeetingId(Long id, Long meetingId);
}
