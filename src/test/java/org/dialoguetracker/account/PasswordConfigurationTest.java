package org.dialoguetracker.account;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PasswordConfigurationTest {

    final PasswordConfiguration configuration = new PasswordConfiguration();

    @Test
    void new_hashes_are_bcrypt_at_the_configured_work_factor_and_old_ones_keep_theirs() {
        PasswordEncoder production = configuration.passwordEncoder(10);
        PasswordEncoder tests = configuration.passwordEncoder(4);
        String strong = production.encode("a long passphrase");
        String cheap = tests.encode("a long passphrase");
        assertThat(strong).startsWith("{bcrypt}$2a$10$");
        assertThat(cheap).startsWith("{bcrypt}$2a$04$");
        // a stored hash is checked at the factor it was made with, whatever the setting is now
        assertThat(tests.matches("a long passphrase", strong)).isTrue();
        assertThat(production.matches("a long passphrase", cheap)).isTrue();
        assertThat(production.matches("another passphrase", strong)).isFalse();
    }

    @Test
    void a_stored_hash_of_another_kind_matches_no_password() {
        PasswordEncoder encoder = configuration.passwordEncoder(4);
        assertThat(encoder.matches("never-used", "{noop}never-used")).isFalse();
        assertThat(encoder.matches("x", "{sha256}whatever")).isFalse();
        assertThat(encoder.matches("x", "no prefix at all")).isFalse();
    }

    @Test
    void a_work_factor_outside_bcrypts_range_is_refused_at_start() {
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.passwordEncoder(3))
                .withMessageContaining("dialogue.password.bcrypt-strength");
        assertThatIllegalArgumentException().isThrownBy(() -> configuration.passwordEncoder(32));
    }
}
