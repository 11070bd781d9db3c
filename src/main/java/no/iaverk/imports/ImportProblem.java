package no.iaverk.imports;

import no.iaverk.shared.ControlCharacters;
import org.jspecify.annotations.Nullable;

/**
 * A record an import rejected or kept with a warning: its file, its number in the file's list (from 1), the line it
 * starts on, its key (an organisation number or a category code) and the reason, in Norwegian.
 */
public record ImportProblem(
        String file, long position, long line, @Nullable String key, String reason) {

    /** The report is stored and shown: a key copied from a broken record must not carry control characters along. */
    public ImportProblem {
        key = visible(key);
        reason = String.valueOf(visible(reason));
    }

    private static @Nullable String visible(@Nullable String text) {
        if (!ControlCharacters.in(text)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.chars().forEach(c -> shown.append(ControlCharacters.forbidden((char) c) ? '\uFFFD' : (char) c));
        return shown.toString();
    }
}
