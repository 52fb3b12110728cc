package org.dialoguetracker.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.dialoguetracker.audit.AuditKind;
import org.dialoguetracker.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The full backup, for admins: download it, or restore one into an empty database. */
@Controller
class BackupController {

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    private final BackupService backups;

    private final AuditTrail trail;

    private final MessageSource messages;

    BackupController(BackupService backups, AuditTrail trail, MessageSource messages) {
        this.backups = backups;
        this.trail = trail;
        this.messages = messages;
    }

    @GetMapping("/admin/backup.json")
    ResponseEntity<StreamingResponseBody> download() {
        trail.recordForCurrentUser(AuditKind.EXPORT, "backup.json");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dialogue-tracker-backup-" + LocalDate.now() + ".json").build().toString())
                .body(backups::write);
    }

    @GetMapping("/admin/import/backup")
    String restorePage() {
        return "admin/restore";
    }

    /**
     * Restores the uploaded backup and shows its progress as it goes: the page is written table by table, so a
     * large restore is watched rather than waited for.
     */
    @PostMapping("/admin/import/backup")
    ResponseEntity<StreamingResponseBody> restore(@RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return page(out -> {
                ProgressPage html = new ProgressPage(new OutputStreamWriter(out, StandardCharsets.UTF_8), messages, locale);
                html.start();
                html.refused("backup.restore.noFile", "");
                html.end();
            });
        }
        Path upload = Files.createTempFile("dialogue-tracker-restore-", ".json");
        file.transferTo(upload);
        String name = file.getOriginalFilename();
        StreamingResponseBody progress = out -> {
            Writer page = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ProgressPage html = new ProgressPage(page, messages, locale);
            html.start();
            try (InputStream in = Files.newInputStream(upload)) {
                backups.restore(in, html::step);
                html.done();
                log.info("Backup {} restored", name);
            }
            catch (Backups.BackupException refused) {
                html.refused(refused.messageKey(), refused.detail());
                log.warn("Backup {} not restored: {} ({})", name, refused.messageKey(), refused.detail());
            }
            finally {
                Files.deleteIfExists(upload);
            }
            html.end();
        };
        return page(progress);
    }

    private static ResponseEntity<StreamingResponseBody> page(StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(body);
    }
}
