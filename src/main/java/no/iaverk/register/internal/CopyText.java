package no.iaverk.register.internal;

import org.jspecify.annotations.Nullable;

/** Writes values in PostgreSQL's COPY text format: \N for null, backslash escapes for the few special characters. */
final class CopyText {

    private CopyText() {}

    static void append(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
