package no.iaverk.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text people type or files bring never holds control characters: PostgreSQL refuses NUL outright, and the others are
 * garbage in names and notes that breaks exports and screens. Tab, line feed and carriage return are text. The C1 range
 * (U+0080–U+009F) is let through: Brønnøysund's own files hold such characters where a letter was mis-encoded
 * (U+009A in "Niitto?johka"), and refusing them would refuse real enterprises.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    public static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    public static boolean in(@Nullable String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** What a user reads when a field held one. */
    public static String message(String field) {
        return "Feltet %s inneholder kontrolltegn (for eksempel NUL-tegn), som ikke er tillatt i tekst."
                .formatted(field);
    }
}
