package no.iaverk.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A module's Norwegian message bundle read through Spring's {@code MessageSource}, the same way and from the same file
 * as the pages read it (UTF-8, no fallback to the server's locale), for the pure domain code that names codes in its
 * messages (an error that says «Saken er lukket») and runs without a Spring context in unit tests.
 */
public final class MessageBundle {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private MessageBundle() {}

    /** {@code basename} as in {@code spring.messages.basename}: {@code templates/cases/messages}. */
    public static MessageSourceAccessor of(String basename) {
        var source = new ResourceBundleMessageSource();
        source.setBasename(basename);
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return new MessageSourceAccessor(source, NORWEGIAN);
    }
}
