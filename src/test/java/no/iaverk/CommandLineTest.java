package no.iaverk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@code java -jar iaverk.jar ...} tells a command from starting iaverk, with configuration on either side. */
class CommandLineTest {

    @Test
    void without_a_word_that_is_not_an_option_iaverk_starts() {
        assertThat(IaverkApplication.commandAt(new String[] {})).isEqualTo(-1);
        assertThat(IaverkApplication.commandAt(new String[] {"--server.port=8081", "--iaverk.demo.enabled=false"}))
                .isEqualTo(-1);
    }

    @Test
    void the_command_is_the_first_word_whatever_configuration_comes_before_it() {
        assertThat(IaverkApplication.commandAt(new String[] {"backup", "b.zip"}))
                .isZero();
        assertThat(IaverkApplication.commandAt(new String[] {"--iaverk.embedded.data-dir=/srv/pg", "restore", "b.zip"}))
                .isEqualTo(1);
        assertThat(IaverkApplication.commandAt(
                        new String[] {"generate-register", "--legal-units", "5", "/tmp/register"}))
                .isZero();
    }
}
