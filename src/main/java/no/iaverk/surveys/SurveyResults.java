package no.iaverk.surveys;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The counts per option of every question, per theme. A theme's results are shown only once it is closed (or the
 * survey has ended): while answers can still arrive, a reader could watch each one come in. A question fewer than
 * three have answered is masked: no counts at all, only that it is masked. {@code respondents} counts those who
 * answered a question of a theme whose results are shown.
 */
public record SurveyResults(long surveyId, SurveyType type, long respondents, List<Theme> themes) {

    public static final int MINIMUM_RESPONDENTS = 3;

    /** {@code available} false: the theme is open or has not been opened; {@code reason} says so in Norwegian. */
    public record Theme(
            long id,
            String code,
            String name,
            boolean available,
            @Nullable String reason,
            List<QuestionResult> questions) {}

    /** Unavailable: {@code respondents} and every count null. Masked: respondents known, counts null. */
    public record QuestionResult(
            long id,
            String text,
            boolean available,
            @Nullable Long respondents,
            boolean masked,
            List<OptionCount> options) {}

    public record OptionCount(
            long id, String text, @Nullable Long count) {}
}
