package org.dialoguetracker.shared;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where this instance's uploads wait while a request reads them: a directory of its own,
 * {@code <base>/instance-<random>}, readable by the app's user only (0700, as is the base), and locked for as long
 * as the instance runs. An uploaded backup holds every account's password hash, so it must neither be readable by
 * other users nor outlive its request; Spring deletes it at the end of the request, but a JVM killed meanwhile
 * leaves it behind. Whoever claims a directory under the base therefore first deletes the directories of instances
 * that no longer hold their lock, that is of instances that stopped, however they stopped; the directories of
 * instances still running (another instance on the same machine, or another application context of the same JVM)
 * are left alone. The base holds nothing else: one with anything else in it is refused, so that a base pointed at a
 * shared folder such as {@code /tmp} is neither emptied nor closed to others.
 */
final class UploadDirectory implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UploadDirectory.class);

    static final String PREFIX = "instance-";

    static final String LOCK = ".lock";

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /**
     * The directories claimed in this JVM (several application contexts may run in one). Their locks are not tested
     * by opening the lock file again: closing another channel on a locked file may release the process's lock.
     */
    private static final Set<Path> CLAIMED = ConcurrentHashMap.newKeySet();

    private final Path path;

    private final FileChannel channel;

    private final FileLock lock;

    private UploadDirectory(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** Cleans {@code base} of stopped instances' uploads and claims a directory of its own in it. */
    static UploadDirectory claim(Path base) throws IOException {
        Path root = base.toAbsolutePath().normalize();
        if (Files.isDirectory(root)) {
            removeStoppedInstances(root);
        }
        createPrivate(root);
        Path own = createPrivate(root.resolve(PREFIX + UUID.randomUUID()));
        FileChannel channel = FileChannel.open(own.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        UploadDirectory claimed = new UploadDirectory(own, channel, channel.lock());
        CLAIMED.add(own);
        return claimed;
    }

    Path path() {
        return path;
    }

    /** Gives the directory up, with whatever is left in it. */
    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
        deleteTree(path);
        CLAIMED.remove(path);
    }

    private static void removeStoppedInstances(Path root) throws IOException {
        List<Path> instances = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith(PREFIX)
                        || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IllegalStateException("The upload directory " + root + " (spring.servlet.multipart"
                            + ".location) must be the application's own, but it holds " + entry.getFileName()
                            + ". Choose a directory of its own, or remove what is not the application's.");
                }
                instances.add(entry);
            }
        }
        for (Path instance : instances) {
            if (stopped(instance)) {
                log.info("Deleting the uploads left behind by a stopped instance in {}", instance);
                deleteTree(instance);
            }
        }
    }

    /** Whether the instance that claimed this directory is gone: nobody holds its lock. */
    private static boolean stopped(Path instance) throws IOException {
        if (CLAIMED.contains(instance)) {
            return false;
        }
        Path lockFile = instance.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        }
        catch (OverlappingFileLockException heldInThisJvm) {
            return false;
        }
    }

    private static Path createPrivate(Path directory) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
                : new FileAttribute<?>[0];
        Files.createDirectories(directory.getParent());
        if (!Files.isDirectory(directory)) {
            Files.createDirectory(directory, attributes);
        }
        if (posix) {
            // an existing directory may be open to others
            Files.setPosixFilePermissions(directory, OWNER_ONLY);
        }
        return directory;
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
