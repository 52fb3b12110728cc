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
 * The whole application on real PostgreSQL (see {@link TestDatabaseConfiguration}), with the demo accounts and
 * demo data loaded, MockMvc to drive it, and its server on a random port ({@code @LocalServerPort}) for what a
 * browser or a second instance must reach. All such tests, the browser tests among them, share one application
 * context in each test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, ApiContract.class, StatementCounter.class })
public @interface IntegrationTest {
}
