package no.iaverk.knowledge.followup;

import no.iaverk.shared.MessageBundle;
import org.springframework.context.support.MessageSourceAccessor;

/** The follow-up's Norwegian error messages, from the knowledge module's bundle. */
final class FollowUpTexts {

    private static final MessageSourceAccessor BUNDLE = MessageBundle.of("templates/knowledge/messages");

    private FollowUpTexts() {}

    /** An error message: {@code followUp.error.<key>}. */
    static String get(String key, Object... arguments) {
        return BUNDLE.getMessage("followUp.error." + key, arguments);
    }

    /** Any text of the bundle by its whole key. */
    static String text(String key) {
        return BUNDLE.getMessage(key);
    }
}
