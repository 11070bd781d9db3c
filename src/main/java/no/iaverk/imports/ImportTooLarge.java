package no.iaverk.imports;

import no.iaverk.shared.ContentTooLargeException;

/** An import's files unpack to more than {@code iaverk.imports.max-decompressed-bytes}: 413, nothing imported. */
public class ImportTooLarge extends ContentTooLargeException {

    ImportTooLarge(String message) {
        super(message);
    }
}
