package org.dialoguetracker.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that counts the SQL statements of a page with the {@link StatementCounter} it may inject. It is an
 * {@link IntegrationTest} and shares that one application context: the counter turns Hibernate's statistics on only
 * while it counts, and forgets the kept pages first, so what is counted is a page's first view. (It had an
 * application context of its own, booted once in each test JVM, for what two runtime switches now do.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
public @interface CountsStatements {
}
