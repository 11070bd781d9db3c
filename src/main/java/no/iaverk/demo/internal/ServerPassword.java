package no.iaverk.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The embedded server's password and who may connect. zonky's initdb trusts every local connection, so any local user
 * could read or change everything. Instead the {@code postgres} user gets a random password at the first start of a
 * data directory, kept in {@value #FILE} in that directory, readable by its owner only, and {@code pg_hba.conf} asks
 * every connection, local or TCP, for it (scram-sha-256).
 */
final class ServerPassword {

    static final String FILE = "iaverk-password";

    static final String HBA = """
            # Written by iaverk: every connection needs the password in iaverk-password (scram-sha-256).
            # TYPE  DATABASE     USER  ADDRESS        METHOD
            local   all          all                  scram-sha-256
            host    all          all   127.0.0.1/32   scram-sha-256
            host    all          all   ::1/128        scram-sha-256
            local   replication  all                  scram-sha-256
            host    replication  all   127.0.0.1/32   scram-sha-256
            host    replication  all   ::1/128        scram-sha-256
            """;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerPassword() {}

    /** 256 random bits in URL-safe base64: letters, digits, '-' and '_', so it is safe inside an SQL literal. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE);
    }

    /**
     * Where a new directory's password waits while initdb runs: next to the directory, because initdb wants an empty
     * one. {@link #moveIntoPlace} moves it in after the first start; if that start is cut short, the next finds it.
     */
    static Path pending(Path dataDirectory) {
        return dataDirectory.resolveSibling("." + dataDirectory.getFileName() + "." + FILE);
    }

    static void write(Path file, String password) {
        try {
            Files.deleteIfExists(file);
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.writeString(file, password, StandardCharsets.US_ASCII);
            ownerOnly(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lagre passordet til innebygd PostgreSQL i " + file, e);
        }
    }

    static String read(Path file) {
        try {
            ownerOnly(file); // someone may have widened them
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!password.matches("[A-Za-z0-9_-]{20,}")) {
                throw new IllegalStateException("Passordfilen %s er ødelagt.".formatted(file));
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lese passordet til innebygd PostgreSQL i " + file, e);
        }
    }

    static void moveIntoPlace(Path pending, Path dataDirectory) {
        try {
            Files.move(pending, file(dataDirectory), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke flytte passordfilen inn i " + dataDirectory, e);
        }
    }

    /** True when pg_hba.conf lets anyone in without a password: a directory from before passwords, to upgrade. */
    static boolean trustsAnyone(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("pg_hba.conf"));
            return lines.stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .anyMatch(line -> {
                        String[] fields = line.split("\\s+");
                        String method = fields[line.startsWith("local") ? 3 : 4].toLowerCase(Locale.ROOT);
                        return method.equals("trust");
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeHba(Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        Path next = dataDirectory.resolve("pg_hba.conf.iaverk");
        try {
            Files.writeString(next, HBA, StandardCharsets.US_ASCII);
            ownerOnly(next);
            Files.move(next, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke skrive " + hba, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
