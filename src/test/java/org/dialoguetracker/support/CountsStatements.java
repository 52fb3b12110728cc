package org.dialoguetracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application as {@link IntegrationTest} has it, with Hibernate's statistics on and a
 * {@link StatementCounter} to inject, and without the kept pages of {@code shared/web/PageCache}: what is counted is
 * the rendering of a page, never the one statement of a page read from the cache. All the test classes that count
 * statements share this one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
        "dialogue.page-cache.enabled=false" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, ApiContract.class, StatementCounter.class })
public @interface CountsStatements {
}
