package org.dialoguetracker.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Session attributes are written with PostgreSQL's {@code insert ... on conflict do update}. Spring Session inserts
 * an attribute a request added; two requests of one session that add the same attribute at the same time (the
 * CSRF token of the first pages after signing in, several tabs opening at once, a load test on one session) would
 * otherwise collide on the attribute's primary key, and the second would answer 500.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
