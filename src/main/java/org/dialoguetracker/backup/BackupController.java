package org.dialoguetracker.backup;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;

import org.dialoguetracker.audit.AuditKind;
import org.dialoguetracker.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    BackupController(BackupService backups, AuditTrail trail) {
        this.backups = backups;
        this.trail = trail;
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

    @PostMapping("/admin/import/backup")
    String restore(@RequestParam("file") MultipartFile file, Model model) {
        if (file.isEmpty()) {
            model.addAttribute("error", "backup.restore.noFile");
            return "admin/restore";
        }
        try (InputStream in = file.getInputStream()) {
            Map<String, Integer> loaded = backups.restore(in, table -> log.info("Restored {}", table));
            model.addAttribute("loaded", loaded);
            log.info("Backup {} restored", file.getOriginalFilename());
        }
        catch (Backups.BackupException refused) {
            model.addAttribute("error", refused.messageKey());
            model.addAttribute("detail", refused.detail());
        }
        catch (IOException ex) {
            model.addAttribute("error", "backup.restore.unreadable");
        }
        return "admin/restore";
    }
}
