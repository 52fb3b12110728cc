package org.dialoguetracker.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import jakarta.servlet.MultipartConfigElement;
import org.dialoguetracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: an uploaded backup, password hashes included, stayed in Tomcat's temporary folder after a kill. The
 * running app's uploads go to a private directory of its own under ./data/uploads instead.
 */
@IntegrationTest
class UploadsTest {

    @Autowired
    MultipartConfigElement multipart;

    @Test
    void uploads_wait_in_a_private_directory_of_the_apps_own() throws Exception {
        Path location = Path.of(multipart.getLocation());
        assertThat(location).as("the upload location").isAbsolute().isDirectory()
                .hasParent(Path.of("data", "uploads").toAbsolutePath().normalize());
        assertThat(location.getFileName().toString()).startsWith("instance-");
        assertThat(Files.getPosixFilePermissions(location)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(location.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(multipart.getMaxFileSize()).as("Spring Boot's limits, as configured").isEqualTo(512L * 1024 * 1024);
    }
}
