package org.dialoguetracker.account;

import java.util.List;
import java.util.Optional;

import org.dialoguetracker.shared.Side;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    @Query("select u from User u where lower(u.username) = lower(?1)")
    Optional<User> findByUsername(String username);

    @Query("select u from User u order by u.active desc, lower(u.username)")
    List<User> findAllOrdered();

    @Query("""
            select u from User u
             where u.active = true and u.side = ?1
               and u.role in (org.dialoguetracker.shared.Role.ORGANISER, org.dialoguetracker.shared.Role.ADMIN)
             order by lower(u.displayName), u.id""")
    List<User> findLeadCandidates(Side side);

    @Query("select count(u) from User u where u.role = org.dialoguetracker.shared.Role.ADMIN and u.active = true")
    long countActiveAdmins();
}
