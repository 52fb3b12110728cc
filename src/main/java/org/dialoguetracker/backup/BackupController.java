package org.dialoguetracker.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.dialoguetracker.shared.AuditEvent;
import org.dialoguetracker.shared.AuditKind;
import org.dialoguetracker.shared.web.StaticAssets;
import org.dialoguetracker.shared.Downloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The full backup, for admins: download it, or restore one into an empty database. */
@Controller
class BackupController {

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    private final BackupService backups;

    private final ApplicationEventPublisher events;

    private final MessageSource messages;

    private final StaticAssets assets;

    BackupController(BackupService backups, ApplicationEventPublisher events, MessageSource messages,
            StaticAssets assets) {
        this.backups = backups;
        this.events = events;
        this.messages = messages;
        this.assets = assets;
    }

    @GetMapping("/admin/backup.json")
    void download(HttpServletResponse response) throws IOException {
        events.publishEvent(AuditEvent.byCurrentUser(AuditKind.EXPORT, "backup.json"));
        backups.write(Downloads.start(response, "dialogue-tracker-backup-" + LocalDate.now() + ".json",
                MediaType.APPLICATION_JSON));
    }

    @GetMapping("/admin/import/backup")
    String restorePage() {
        return "admin/restore";
    }

    /**
     * Restores the uploaded backup and shows its progress as it goes: the page is written and flushed table by
     * table, so a large restore is watched rather than waited for.
     */
    @PostMapping("/admin/import/backup")
    void restore(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale,
            HttpServletResponse response) throws IOException {
        response.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8).toString());
        if (file == null || file.isEmpty()) {
            ProgressPage html = new ProgressPage(new OutputStreamWriter(response.getOutputStream(),
                    StandardCharsets.UTF_8), messages, locale, assets);
            html.start();
            html.refused("backup.restore.noFile", "");
            html.end();
            return;
        }
        String name = file.getOriginalFilename();
        Writer page = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        ProgressPage html = new ProgressPage(page, messages, locale, assets);
        html.start();
        try (InputStream in = file.getInputStream()) {
            backups.restore(in, html::step);
            html.done();
            log.info("Backup {} restored", name);
        }
        catch (Backups.BackupException refused) {
            html.refused(refused.messageKey(), refused.detail());
            log.warn("Backup {} not restored: {} ({})", name, refused.messageKey(), refused.detail());
        }
        html.end();
    }
}
