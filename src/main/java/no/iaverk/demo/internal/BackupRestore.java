package no.iaverk.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an {@link OnlineBackup} into an empty data directory. The server started on it then finds
 * {@code backup_label}, replays the WAL in the archive from the backup's checkpoint to (at least) its end, and runs.
 */
final class BackupRestore {

    private BackupRestore() {}

    /** Refuses a directory that holds anything: a restore never mixes with or overwrites a database. */
    static long unpack(Path archive, Path dataDirectory) {
        Path target = dataDirectory.toAbsolutePath().normalize();
        requireEmpty(target);
        long files = 0;
        try (InputStream in = Files.newInputStream(archive);
                ZipInputStream zip = new ZipInputStream(in)) {
            Files.createDirectories(target);
            ZipEntry entry;
            boolean labelled = false;
            while ((entry = zip.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target) || path.equals(target)) {
                    throw new IllegalStateException(
                            "%s er ikke en sikkerhetskopi fra iaverk (stien %s peker ut av katalogen)."
                                    .formatted(archive, entry.getName()));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(zip, path);
                    files++;
                    labelled |= entry.getName().equals("backup_label");
                }
            }
            if (!labelled) {
                throw new IllegalStateException(
                        "%s er ikke en sikkerhetskopi fra iaverk (backup_label mangler).".formatted(archive));
            }
            ownerOnly(target);
            Path password = ServerPassword.file(target);
            if (Files.exists(password)) {
                ServerPassword.write(password, Files.readString(password).strip()); // owner-only again
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lese sikkerhetskopien " + archive + ": " + e.getMessage(), e);
        }
    }

    static void requireEmpty(Path dataDirectory) {
        if (!Files.exists(dataDirectory)) {
            return;
        }
        try (Stream<Path> content = Files.list(dataDirectory)) {
            if (content.findAny().isPresent()) {
                throw new IllegalStateException(
                        "Datakatalogen %s er ikke tom. Gjenoppretting skjer bare til en tom katalog; flytt den gamle bort først."
                                .formatted(dataDirectory));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PostgreSQL refuses a data directory others may read. */
    private static void ownerOnly(Path directory) throws IOException {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
