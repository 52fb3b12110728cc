package org.dialoguetracker.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploads wait in a private directory of each instance, and what a stopped instance left behind (a killed restore's
 * backup, with password hashes) is deleted when the next one starts; a running instance's uploads are not.
 */
class UploadDirectoryTest {

    @TempDir
    Path temporary;

    @Test
    void the_directory_and_its_base_are_readable_by_the_owner_only() throws Exception {
        Path base = temporary.resolve("uploads");
        try (UploadDirectory uploads = UploadDirectory.claim(base)) {
            assertThat(uploads.path().getParent()).isEqualTo(base.toAbsolutePath());
            assertThat(Files.getPosixFilePermissions(base)).isEqualTo(UploadDirectory.OWNER_ONLY);
            assertThat(Files.getPosixFilePermissions(uploads.path())).isEqualTo(UploadDirectory.OWNER_ONLY);
        }
    }

    @Test
    void the_folders_above_the_base_keep_their_permissions() throws Exception {
        Path base = temporary.resolve("data").resolve("uploads");
        try (UploadDirectory uploads = UploadDirectory.claim(base)) {
            assertThat(Files.getPosixFilePermissions(base.getParent())).contains(
                    java.nio.file.attribute.PosixFilePermission.GROUP_READ);
        }
    }

    @Test
    void a_base_that_was_open_to_others_is_closed() throws Exception {
        Path base = Files.createDirectory(temporary.resolve("open"));
        Files.setPosixFilePermissions(base, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        try (UploadDirectory uploads = UploadDirectory.claim(base)) {
            assertThat(Files.getPosixFilePermissions(base)).isEqualTo(UploadDirectory.OWNER_ONLY);
        }
    }

    @Test
    void the_uploads_of_a_killed_instance_are_deleted_at_start() throws Exception {
        Path base = temporary.resolve("uploads");
        Path killed = Files.createDirectories(base.resolve("instance-killed"));
        Files.createFile(killed.resolve(UploadDirectory.LOCK));
        Path backup = Files.writeString(killed.resolve("upload_0a1b_00000001.tmp"), "{\"password_hash\":\"...\"}");
        try (UploadDirectory uploads = UploadDirectory.claim(base)) {
            assertThat(backup).doesNotExist();
            assertThat(killed).doesNotExist();
            assertThat(uploads.path()).isDirectory();
        }
    }

    @Test
    void the_uploads_of_a_running_instance_stay() throws Exception {
        Path base = temporary.resolve("uploads");
        try (UploadDirectory running = UploadDirectory.claim(base)) {
            Path upload = Files.writeString(running.path().resolve("upload_0a1b_00000002.tmp"), "being restored");
            try (UploadDirectory starting = UploadDirectory.claim(base)) {
                assertThat(upload).exists();
                assertThat(starting.path()).isNotEqualTo(running.path());
            }
        }
    }

    @Test
    void an_instance_that_stops_takes_its_uploads_with_it() throws Exception {
        Path base = temporary.resolve("uploads");
        Path own;
        try (UploadDirectory uploads = UploadDirectory.claim(base)) {
            own = uploads.path();
            Files.writeString(own.resolve("upload_0a1b_00000003.tmp"), "left");
        }
        assertThat(own).doesNotExist();
        assertThat(base).isEmptyDirectory();
    }

    @Test
    void a_base_holding_anything_else_is_refused_and_left_as_it_was() throws Exception {
        Path shared = Files.createDirectory(temporary.resolve("shared"));
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        Path someoneElses = Files.writeString(shared.resolve("notes.txt"), "not the tracker's");
        assertThatThrownBy(() -> UploadDirectory.claim(shared)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("notes.txt");
        assertThat(someoneElses).exists();
        assertThat(Files.getPosixFilePermissions(shared))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    }
}
