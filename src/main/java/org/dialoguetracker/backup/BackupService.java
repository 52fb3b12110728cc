package org.dialoguetracker.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/** The app's own database, backed up and restored through {@link Backups}. */
@Service
class BackupService {

    private final Backups backups;

    BackupService(DataSource dataSource, PlatformTransactionManager transactions) {
        this.backups = new Backups(dataSource, transactions);
    }

    void write(OutputStream out) {
        backups.write(out);
    }

    Map<String, Integer> restore(InputStream in, Consumer<String> progress) {
        return backups.restore(in, progress);
    }
}
