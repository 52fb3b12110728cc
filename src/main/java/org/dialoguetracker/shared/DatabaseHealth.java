package org.dialoguetracker.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health} ({@code db}, in place of Spring Boot's): DOWN when PostgreSQL has
 * not answered within {@link #LIMIT}, so that a load balancer or an orchestrator learns within two seconds that this
 * instance cannot serve, rather than after the pool's connection timeout, or never while a query hangs. The check
 * runs on a thread of its own; callers that come while one is under way wait for that one, so health requests
 * cannot pile up threads on a database that does not answer.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    static final Duration LIMIT = Duration.ofMillis(1500);

    private final DataSource dataSource;

    private final ExecutorService checks = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-health");
        thread.setDaemon(true);
        return thread;
    });

    private CompletableFuture<Boolean> running;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database answers within {@link #LIMIT}. */
    boolean reachable() {
        return Status.UP.equals(health().getStatus());
    }

    @Override
    public Health health() {
        try {
            return check().get(LIMIT.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build()
                    : Health.down().withDetail("reason", "not valid").build();
        }
        catch (TimeoutException slow) {
            return Health.down().withDetail("reason", "no answer within " + LIMIT.toMillis() + " ms").build();
        }
        catch (ExecutionException failed) {
            return Health.down(failed.getCause() instanceof Exception ex ? ex : failed).build();
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    /** The check under way, or a new one. */
    private synchronized CompletableFuture<Boolean> check() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(this::valid, checks);
        }
        return running;
    }

    private boolean valid() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, LIMIT.toSeconds()));
        }
        catch (SQLException ex) {
            throw new CompletionException(ex);
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
