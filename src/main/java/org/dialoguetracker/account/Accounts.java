package org.dialoguetracker.account;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the accounts: the account of a username, such as who changed a recommendation's
 * status or who owns an API token. The repository stays inside this module.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final UserRepository users;

    Accounts(UserRepository users) {
        this.users = users;
    }

    /** The account of this username, whatever its case. */
    public Optional<User> byUsername(String username) {
        return users.findByUsername(username);
    }
}
