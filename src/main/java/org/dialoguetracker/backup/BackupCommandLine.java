package org.dialoguetracker.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operators' form of backup and restore: {@code java -jar app.jar --backup=FILE} writes a backup of the
 * configured database, {@code --restore=FILE} restores one into it (empty), and the app exits without serving.
 * It runs before the accounts and the demo data are created, so a restore finds the database empty.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommandLine implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupCommandLine.class);

    static final String BACKUP = "backup";

    static final String RESTORE = "restore";

    private final BackupService backups;

    private final ConfigurableApplicationContext context;

    BackupCommandLine(BackupService backups, ConfigurableApplicationContext context) {
        this.backups = backups;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exit;
        if (args.containsOption(BACKUP)) {
            exit = backup(Path.of(args.getOptionValues(BACKUP).get(0)));
        }
        else if (args.containsOption(RESTORE)) {
            exit = restore(Path.of(args.getOptionValues(RESTORE).get(0)));
        }
        else {
            return;
        }
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    int backup(Path file) {
        try {
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".backup-", ".json");
            try (OutputStream out = Files.newOutputStream(partial)) {
                backups.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("Backup written to {}", file.toAbsolutePath());
            return 0;
        }
        catch (IOException ex) {
            log.error("Could not write the backup to {}: {}", file, ex.getMessage());
            return 1;
        }
    }

    int restore(Path file) {
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            backups.restore(in, table -> log.info("Restored {}", table));
            log.info("Backup {} restored in {} s", file.toAbsolutePath(),
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
            return 0;
        }
        catch (Backups.BackupException refused) {
            log.error("Backup {} not restored, nothing changed: {} ({})", file, refused.messageKey(), refused.detail());
            return 2;
        }
        catch (IOException ex) {
            log.error("Could not read {}: {}", file, ex.getMessage());
            return 1;
        }
        catch (UncheckedIOException ex) {
            log.error("Could not read {}: {}", file, ex.getMessage());
            return 1;
        }
    }
}
