package no.iaverk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar iaverk.jar restore FILE} as {@code IaverkApplication.main} hands it over: the configuration comes
 * from {@code --name=value} arguments as for the application, and nothing starts a database for a refusal.
 */
class EmbeddedBackupCommandLineTest {

    @TempDir
    Path temp;

    @Test
    void the_commands_are_recognised_before_any_context_starts() {
        assertThat(EmbeddedBackup.handles("backup")).isTrue();
        assertThat(EmbeddedBackup.handles("restore")).isTrue();
        assertThat(EmbeddedBackup.handles("import-register")).isFalse();
    }

    @Test
    void restore_reads_the_data_directory_from_the_arguments_and_refuses_one_that_is_not_empty() throws Exception {
        Path occupied = Files.createDirectories(temp.resolve("pg"));
        Files.writeString(occupied.resolve("PG_VERSION"), "17\n");
        Path archive = Files.writeString(temp.resolve("backup.zip"), "not read");

        int exit = EmbeddedBackup.run(
                new String[] {"restore", "--iaverk.embedded.data-dir=" + occupied, archive.toString()});

        assertThat(exit).isEqualTo(1);
        assertThat(occupied.resolve("PG_VERSION")).hasContent("17");
    }

    @Test
    void a_command_without_its_file_shows_how_it_is_used() {
        assertThat(EmbeddedBackup.run(new String[] {"backup"})).isEqualTo(2);
    }
}
