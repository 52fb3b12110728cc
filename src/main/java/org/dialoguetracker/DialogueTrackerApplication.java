package org.dialoguetracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DialogueTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(DialogueTrackerApplication.class, args);
    }
}
