package org.dialoguetracker.account;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** The least work factor accepted: below it a hash is too cheap to guess against, whatever the setting says. */
    static final int LEAST_STRENGTH = 4;

    /**
     * BCrypt for new hashes, behind the delegating encoder so that stored hashes say what they are ({@code {bcrypt}}).
     * Its work factor is {@code dialogue.password.bcrypt-strength}, 10 by default as Spring Security's; a stored hash
     * is checked at the factor it was made with. The tests' JVMs set 4 (pom.xml), where every login and every account
     * made would otherwise spend a tenth of the suite's CPU in BCrypt.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${dialogue.password.bcrypt-strength:10}") int strength) {
        if (strength < LEAST_STRENGTH || strength > 31) {
            throw new IllegalArgumentException("dialogue.password.bcrypt-strength must be between " + LEAST_STRENGTH
                    + " and 31, not " + strength);
        }
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
        // a stored hash of any other kind ({noop}, a legacy digest) matches no password, rather than failing the login
        encoder.setDefaultPasswordEncoderForMatches(new NoMatch());
        return encoder;
    }

    /** Matches nothing and encodes nothing: what an unknown kind of stored hash is checked with. */
    private static final class NoMatch implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("only BCrypt makes new hashes");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    }
}
