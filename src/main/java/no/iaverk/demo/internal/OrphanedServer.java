package no.iaverk.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * An embedded PostgreSQL left running by a process that died without stopping it (kill -9, a crash). zonky starts the
 * server as a daemon, so it outlives the JVM, keeps {@code postmaster.pid} and the data directory, and the next start
 * waits in vain for a second server that cannot start on the same directory.
 *
 * <p>Such a server is stopped (fast shutdown: its sessions end, their open transactions roll back) and then started as
 * usual. Adopting it instead would mean running on a server started with another process's settings and port, that
 * nothing of ours would stop at exit; stopping it leaves exactly one way a server runs. A server is only stopped when
 * its pid file is in our data directory, its process is a {@code postgres} whose command line names that directory,
 * and no live iaverk process holds the directory's lock (zonky's {@code epg-lock}). A pid file naming a dead process
 * is left for PostgreSQL, which removes it; one naming a live process that is not PostgreSQL (a reused pid) is
 * removed. Anything less certain stops the start with a message rather than risk two servers on one directory.
 */
final class OrphanedServer {

    private static final long STOP_WAIT_SECONDS = 60;

    private OrphanedServer() {}

    /** {@code warn} gets what was found and done (see {@link EmbeddedServer#start}). */
    static void stopIfRunning(Path dataDirectory, Consumer<String> warn) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<ProcessHandle> process =
                pid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = process.get();
        Optional<String> command = postmaster.info().command();
        Optional<String[]> arguments = postmaster.info().arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            throw new IllegalStateException(
                    "Prosess %d står i %s, men iaverk kan ikke se hva den er. Stopp den, eller slett filen hvis det ikke er PostgreSQL."
                            .formatted(postmaster.pid(), pidFile));
        }
        if (!Path.of(command.get()).getFileName().toString().startsWith("postgres")) {
            warn.accept("%s names process %d (%s), which is not PostgreSQL; removed the stale file"
                    .formatted(pidFile, postmaster.pid(), command.get()));
            delete(pidFile);
            return;
        }
        if (!servesDirectory(arguments.get(), dataDirectory)) {
            throw new IllegalStateException(
                    "PostgreSQL-prosessen %d står i %s, men ser ut til å bruke en annen datakatalog. Stopp den, eller slett filen hvis den er gammel."
                            .formatted(postmaster.pid(), pidFile));
        }
        requireNoLiveOwner(dataDirectory);
        warn.accept("Stopping the embedded PostgreSQL (pid %d) that a process which died left running in %s"
                .formatted(postmaster.pid(), dataDirectory));
        stop(postmaster, dataDirectory);
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // PostgreSQL itself judges a file it cannot read
        }
    }

    /** pg_ctl starts the server as {@code postgres -D <directory> ...}. */
    private static boolean servesDirectory(String[] arguments, Path dataDirectory) {
        for (int i = 0; i < arguments.length - 1; i++) {
            if (arguments[i].equals("-D") && sameFile(Path.of(arguments[i + 1]), dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    /** zonky holds {@code epg-lock} for as long as its server runs; a lock we can take belongs to nobody alive. */
    private static void requireNoLiveOwner(Path dataDirectory) {
        try (FileChannel channel = FileChannel.open(
                        dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(dataDirectory);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException(
                "Datakatalogen %s brukes av en annen iaverk-prosess som kjører. Stopp den først, eller velg en annen iaverk.embedded.data-dir."
                        .formatted(dataDirectory));
    }

    /**
     * A fast shutdown (SIGINT, as {@code pg_ctl stop -m fast} sends): sessions end, open transactions roll back, the
     * server writes a checkpoint and removes its pid file. SIGTERM (a smart shutdown) where {@code kill} is missing.
     */
    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        try {
            try {
                Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                kill.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (IOException e) {
                postmaster.destroy();
            }
            postmaster.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Kunne ikke stoppe PostgreSQL (pid %d) som kjører videre i %s. Stopp den for hånd."
                            .formatted(postmaster.pid(), dataDirectory),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
