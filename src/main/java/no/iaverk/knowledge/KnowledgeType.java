package no.iaverk.knowledge;

/** The kinds of item the library holds; an item's id is {@code <TYPE>-<key>}. */
public enum KnowledgeType {
    MEASURE,
    IA_SERVICE,
    INSTRUMENT,
    EVIDENCE,
    RISK_FACTOR;

    /** The type of an item id such as {@code MEASURE-M1}, or null when it names none. */
    public static @org.jspecify.annotations.Nullable KnowledgeType ofId(String id) {
        for (KnowledgeType type : values()) {
            if (id.startsWith(type.name() + "-") && id.length() > type.name().length() + 1) {
                return type;
            }
        }
        return null;
    }
}
