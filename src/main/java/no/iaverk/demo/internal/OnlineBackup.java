package no.iaverk.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A backup of a running PostgreSQL through PostgreSQL's low-level API ("Making a Base Backup Using the Low Level API"
 * in its documentation), for the embedded server, whose binaries hold no {@code pg_dump}: on one session,
 * {@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop}, whose label goes into the archive as
 * {@code backup_label}, and then the WAL the copy needs. A temporary replication slot on the same session keeps that
 * WAL from being recycled while the copy runs. The archive is one zip; {@link BackupRestore} unpacks it.
 */
final class OnlineBackup {

    /** What a backup wrote. */
    record Written(Path archive, long files, long bytes, String startWal) {}

    /** Never copied, from the documentation's list: the server's own run files and what it rebuilds at start. */
    private static final Set<String> SKIPPED_FILES = Set.of(
            "postmaster.pid",
            "postmaster.opts",
            "backup_label",
            "tablespace_map",
            "backup_label.old",
            "pg_internal.init",
            "epg-lock", // zonky's lock of a running server's directory
            "current_logfiles");

    /** Directories kept, but empty: their content is rebuilt or of no use after a restore. pg_wal comes last. */
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    private OnlineBackup() {}

    /**
     * Backs up the server {@code connection} is a superuser session of; its data directory must be readable here (same
     * machine). The connection is used for nothing else meanwhile.
     */
    static Written write(Connection connection, Path archive) {
        try (Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            Path dataDirectory = Path.of(single(sql, "show data_directory"));
            if (!Files.isDirectory(dataDirectory)) {
                throw new IllegalStateException(
                        "Datakatalogen %s kan ikke leses herfra; sikkerhetskopien må tas på samme maskin som databasen."
                                .formatted(dataDirectory));
            }
            String slot = "iaverk_backup_" + ProcessHandle.current().pid();
            // Reserves the WAL from now on; temporary, so it goes with the session whatever happens to this process.
            sql.execute("select pg_create_physical_replication_slot('%s', true, true)".formatted(slot));
            Counter counter = new Counter();
            boolean written = false;
            try {
                String startLsn = single(sql, "select pg_backup_start('iaverk backup', fast => true)::text");
                String startWal = single(sql, "select pg_walfile_name('%s')".formatted(startLsn));
                writeArchive(sql, dataDirectory, startWal, archive, counter);
                written = true;
                return new Written(archive, counter.files, counter.bytes, startWal);
            } finally {
                if (!written) {
                    Files.deleteIfExists(archive);
                }
                dropSlot(sql, slot);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sikkerhetskopien mislyktes: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Sikkerhetskopien kunne ikke skrives til " + archive, e);
        }
    }

    /** The copy between start and stop, then the label and the WAL; a backup cut short is stopped all the same. */
    private static void writeArchive(Statement sql, Path dataDirectory, String startWal, Path archive, Counter counter)
            throws IOException, SQLException {
        boolean stopped = false;
        try (OutputStream file = Files.newOutputStream(archive);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(1); // fast: data files are large and compress well enough
            copyDirectory(dataDirectory, dataDirectory, zip, counter);
            String label;
            String tablespaceMap;
            try (var stop = sql.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                stopped = true;
                stop.next();
                label = stop.getString(1);
                tablespaceMap = stop.getString(2);
            }
            addText(zip, "backup_label", label);
            if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                addText(zip, "tablespace_map", tablespaceMap);
            }
            copyWal(dataDirectory.resolve("pg_wal"), startWal, zip, counter);
        } finally {
            if (!stopped) {
                try {
                    sql.execute("select pg_backup_stop(false)");
                } catch (SQLException e) {
                    // the session is gone, and the backup with it
                }
            }
        }
    }

    private static final class Counter {
        long files;
        long bytes;
    }

    private static void copyDirectory(Path root, Path directory, ZipOutputStream zip, Counter counter)
            throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(directory)) {
            children = list.sorted().toList();
        } catch (NoSuchFileException e) {
            return; // removed while we copied: PostgreSQL recreates what it needs from the WAL
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            String entry = root.relativize(child).toString().replace('\\', '/');
            if (Files.isDirectory(child)) {
                zip.putNextEntry(new ZipEntry(entry + "/"));
                zip.closeEntry();
                boolean topLevel = child.getParent().equals(root);
                if (!(topLevel && EMPTIED_DIRECTORIES.contains(name)) && !name.startsWith("pgsql_tmp")) {
                    copyDirectory(root, child, zip, counter);
                }
            } else if (!SKIPPED_FILES.contains(name) && !name.startsWith("pgsql_tmp")) {
                copyFile(child, entry, zip, counter);
            }
        }
    }

    /** The WAL from the backup's start on: segments (and timeline history) named from {@code startWal} up. */
    private static void copyWal(Path wal, String startWal, ZipOutputStream zip, Counter counter) throws IOException {
        List<Path> segments;
        try (Stream<Path> list = Files.list(wal)) {
            segments = list.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return name.endsWith(".history")
                                || (name.matches("[0-9A-F]{24}") && name.compareTo(startWal) >= 0);
                    })
                    .sorted()
                    .toList();
        }
        for (Path segment : segments) {
            copyFile(segment, "pg_wal/" + segment.getFileName(), zip, counter);
        }
    }

    /** A file as it is now; one PostgreSQL removes meanwhile is left out, as the documentation allows. */
    private static void copyFile(Path file, String entry, ZipOutputStream zip, Counter counter) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return;
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(entry));
            counter.bytes += in.transferTo(zip);
            counter.files++;
            zip.closeEntry();
        }
    }

    private static void addText(ZipOutputStream zip, String entry, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The slot would go with the session; a pooled session lives on, so it is dropped now. */
    private static void dropSlot(Statement sql, String slot) throws SQLException {
        try {
            sql.execute("select pg_drop_replication_slot('%s')".formatted(slot));
        } catch (SQLException e) {
            // A failed backup leaves the session in a state where it may be gone already; it goes with the session.
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (var result = sql.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
