package org.dialoguetracker.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dialoguetracker.shared.Role;
import org.dialoguetracker.shared.Side;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Makes sure somebody can log in: the four demo accounts in demo mode, otherwise one admin on a database
 * that has no user yet, with the password of {@code DIALOGUE_ADMIN_PASSWORD} or a generated one logged once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserRepository users;

    private final PasswordEncoder passwordEncoder;

    private final DemoMode demoMode;

    private final Environment environment;

    AccountBootstrap(UserRepository users, PasswordEncoder passwordEncoder, DemoMode demoMode,
            Environment environment) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demoMode = demoMode;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoMode.isEnabled()) {
            createDemoAccount("admin", "Demo Admin", Role.ADMIN, null, "en");
            // the two organisers lead the UK and the Russian side of the demo dialogue (db/demo/demo-data.sql)
            createDemoAccount("organiser", "Demo Organiser", Role.ORGANISER, Side.UK, "en");
            createDemoAccount("organiser-ru", "Демо Организатор", Role.ORGANISER, Side.RUSSIA, "ru");
            createDemoAccount("researcher", "Demo Researcher", Role.RESEARCHER, null, "en");
        }
        else if (users.count() == 0) {
            createFirstAdmin();
        }
    }

    private void createDemoAccount(String username, String displayName, Role role, Side side, String language) {
        if (users.findByUsername(username).isEmpty()) {
            User user = new User(username, passwordEncoder.encode(DemoMode.DEMO_PASSWORD), displayName, role);
            user.setSide(side);
            user.setPreferredLanguage(language);
            user.changeEmail(username + "@example.org");
            users.save(user);
            log.info("Created demo account '{}' ({})", username, role);
        }
        else {
            // a demo database made before accounts had addresses (V25) gets the demo's example address once
            users.findByUsername(username).filter(user -> user.getEmail() == null)
                    .ifPresent(user -> user.changeEmail(username + "@example.org"));
        }
    }

    private void createFirstAdmin() {
        String password = environment.getProperty("dialogue.admin-password");
        boolean generated = !StringUtils.hasText(password);
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        users.save(new User("admin", passwordEncoder.encode(password), "Administrator", Role.ADMIN));
        if (generated) {
            log.warn("Created the first account 'admin' with the generated password: {} "
                    + "(shown once; set DIALOGUE_ADMIN_PASSWORD to choose it)", password);
        }
        else {
            log.info("Created the first account 'admin' with the password of DIALOGUE_ADMIN_PASSWORD");
        }
    }
}
