package org.dialoguetracker.api;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @Query("select t from ApiToken t join fetch t.user where t.tokenHash = ?1")
    Optional<ApiToken> findByHash(String tokenHash);

    @Query("select t from ApiToken t where lower(t.user.username) = lower(?1) order by t.createdAt desc, t.id desc")
    List<ApiToken> findOwnedBy(String username);

    @Query("select t from ApiToken t where t.id = ?1 and lower(t.user.username) = lower(?2)")
    Optional<ApiToken> findOwned(Long id, String username);
}
