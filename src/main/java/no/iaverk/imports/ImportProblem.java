package no.iaverk.imports;

import org.jspecify.annotations.Nullable;

/**
 * A record an import rejected or kept with a warning: its file, its number in the file's list (from 1), the line it
 * starts on, its key (an organisation number or a category code) and the reason, in Norwegian.
 */
public record ImportProblem(
        String file, long position, long line, @Nullable String key, String reason) {}
