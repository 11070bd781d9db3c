package no.iaverk.knowledge;

import java.util.Arrays;
import java.util.regex.Pattern;
import no.iaverk.shared.InvalidParameterException;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;

/** A search of the library: free text plus filters, every filter optional; pages count from 1. */
public record KnowledgeQuery(
        String text,
        @Nullable KnowledgeType type,
        @Nullable String industryProgramme,
        @Nullable KnowledgeScope scope,
        @Nullable String theme,
        @Nullable EvidenceStrength evidence,
        @Nullable SourceKind sourceKind,
        int page,
        @Nullable Revision revision) {

    /** The revision filter: only items not revised for over two years ({@link RevisionDue}). */
    public enum Revision {
        OVERDUE
    }

    public KnowledgeQuery(
            String text,
            @Nullable KnowledgeType type,
            @Nullable String industryProgramme,
            @Nullable KnowledgeScope scope,
            @Nullable String theme,
            @Nullable EvidenceStrength evidence,
            @Nullable SourceKind sourceKind,
            int page) {
        this(text, type, industryProgramme, scope, theme, evidence, sourceKind, page, null);
    }

    public static final int PAGE_SIZE = 20;
    static final int MAX_TEXT = 200;
    static final int MAX_PAGE = 500;
    private static final Pattern PROGRAMME = Pattern.compile("[A-Z_]{1,50}");

    /** Reads a query from request parameters as people and programs send them; a bad value is a Norwegian 400. */
    public static KnowledgeQuery of(
            @Nullable String text,
            @Nullable String type,
            @Nullable String industryProgramme,
            @Nullable String scope,
            @Nullable String theme,
            @Nullable String evidence,
            @Nullable String sourceKind,
            @Nullable String page) {
        return of(text, type, industryProgramme, scope, theme, evidence, sourceKind, page, null);
    }

    /** As above, with the revision filter ({@code revision=OVERDUE}). */
    public static KnowledgeQuery of(
            @Nullable String text,
            @Nullable String type,
            @Nullable String industryProgramme,
            @Nullable String scope,
            @Nullable String theme,
            @Nullable String evidence,
            @Nullable String sourceKind,
            @Nullable String page,
            @Nullable String revision) {
        String query = text == null ? "" : text.strip();
        if (query.length() > MAX_TEXT) {
            throw invalid("q", "knowledge.error.textTooLong", MAX_TEXT);
        }
        String programme = blankToNull(industryProgramme);
        if (programme != null && !PROGRAMME.matcher(programme).matches()) {
            throw invalid("industryProgramme", "knowledge.error.programme", programme);
        }
        String themeValue = blankToNull(theme);
        if (themeValue != null && themeValue.length() > 100) {
            throw invalid("theme", "knowledge.error.textTooLong", 100);
        }
        return new KnowledgeQuery(
                query,
                value("type", type, KnowledgeType.class),
                programme,
                value("scope", scope, KnowledgeScope.class),
                themeValue,
                value("evidence", evidence, EvidenceStrength.class),
                value("sourceKind", sourceKind, SourceKind.class),
                page(page),
                value("revision", revision, Revision.class));
    }

    private static int page(@Nullable String page) {
        String value = blankToNull(page);
        if (value == null) {
            return 1;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid("page", "knowledge.error.page", value, MAX_PAGE);
    }

    private static <E extends Enum<E>> @Nullable E value(String parameter, @Nullable String value, Class<E> type) {
        String code = blankToNull(value);
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            String allowed = String.join(
                    ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw invalid(parameter, "knowledge.error.value", code, parameter, allowed);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static InvalidParameterException invalid(String parameter, String code, Object... arguments) {
        return new InvalidParameterException(
                parameter, MessageBundle.of("templates/knowledge/messages").getMessage(code, arguments));
    }

    /** The same query on another page (for the pages' links). */
    public KnowledgeQuery onPage(int other) {
        return new KnowledgeQuery(text, type, industryProgramme, scope, theme, evidence, sourceKind, other, revision);
    }
}
