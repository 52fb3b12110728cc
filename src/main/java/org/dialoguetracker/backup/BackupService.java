package org.dialoguetracker.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;

/** The app's own database, backed up and restored through {@link Backups}. */
@Service
class BackupService {

    private final Backups backups;

    BackupService(DataSource dataSource) {
        this.backups = new Backups(dataSource);
    }

    void write(OutputStream out) {
        backups.write(out);
    }

    Map<String, Integer> restore(InputStream in, Consumer<String> progress) {
        return backups.restore(in, progress);
    }
}
