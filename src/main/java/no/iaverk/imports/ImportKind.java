package no.iaverk.imports;

/**
 * A kind of import, in the words its pages and messages use.
 *
 * @param code the kind as the history stores it ({@code REGISTER}, {@code STATISTICS})
 * @param busyMessage why a second import of the kind is refused while one runs
 * @param noFilesMessage why an upload without a file is refused
 * @param runName what one run is called in a "not found" message («registerimport»)
 */
public record ImportKind(String code, String busyMessage, String noFilesMessage, String runName) {}
