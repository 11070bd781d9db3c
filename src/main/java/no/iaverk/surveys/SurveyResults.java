package no.iaverk.surveys;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The counts per option of every question, per theme. A question fewer than three have answered is masked: no counts
 * at all, only that it is masked.
 */
public record SurveyResults(long surveyId, SurveyType type, long respondents, List<Theme> themes) {

    public static final int MINIMUM_RESPONDENTS = 3;

    public record Theme(long id, String code, String name, List<QuestionResult> questions) {}

    public record QuestionResult(long id, String text, long respondents, boolean masked, List<OptionCount> options) {}

    public record OptionCount(
            long id, String text, @Nullable Long count) {}
}
