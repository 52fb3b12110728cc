package org.dialoguetracker.account;

import java.util.List;
import java.util.Optional;

import org.dialoguetracker.shared.Side;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the accounts: the account of a username, such as who changed a recommendation's
 * status, who owns an API token, who may lead a side of a dialogue. The repository stays inside this module.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final UserRepository users;

    Accounts(UserRepository users) {
        this.users = users;
    }

    /** The account of this id. */
    public Optional<User> byId(Long id) {
        return id == null ? Optional.empty() : users.findById(id);
    }

    /**
     * The accounts that may lead the {@code side} of a dialogue (active organisers and admins of that side), by
     * display name.
     */
    public List<User> leadCandidates(Side side) {
        return users.findLeadCandidates(side);
    }

    /** The active accounts that have an e-mail address, by id. */
    public List<User> activeWithEmail() {
        return users.findAll().stream().filter(user -> user.isActive() && user.getEmail() != null)
                .sorted(java.util.Comparator.comparing(User::getId)).toList();
    }

    /** Changes the e-mail address of the account of this username (its owner's choice on /profile). */
    @Transactional
    public void changeEmail(String username, String email) {
        users.findByUsername(username).orElseThrow().changeEmail(email);
    }

    /** The account of this username, whatever its case. */
    public Optional<User> byUsername(String username) {
        return users.findByUsername(username);
    }
}
