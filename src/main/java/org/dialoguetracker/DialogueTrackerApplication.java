package org.dialoguetracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DialogueTrackerApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(DialogueTrackerApplication.class);
        if (isBackupCommand(args)) {
            // --backup=FILE or --restore=FILE: an operator's command, not a server; and only the beans it uses (the
            // database, Flyway, the backup), not the pages, mail, schedules and caches a server needs
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setLazyInitialization(true);
        }
        application.run(args);
    }

    static boolean isBackupCommand(String... args) {
        for (String arg : args) {
            if (arg.startsWith("--backup=") || arg.startsWith("--restore=")) {
                return true;
            }
        }
        return false;
    }
}
