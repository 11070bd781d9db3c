package no.iaverk.employer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.surveys.SurveyResults;
import org.jspecify.annotations.Nullable;

/**
 * A survey's results as published to the enterprise: per theme the questions that at least {@link
 * #MINIMUM_RESPONDENTS} answered, with the count per option. A question fewer answered is left out and only counted
 * as withheld: the employer may have taken part, and with three answers could work out the other two.
 */
public record SurveySnapshot(
        String enterpriseName,
        String orgNumber,
        String collaborationName,
        long surveyId,
        String surveyType,
        @Nullable Instant completedAt,
        long respondents,
        int minimumRespondents,
        int withheldQuestions,
        List<Theme> themes) {

    public static final int MINIMUM_RESPONDENTS = 5;

    public record Theme(String name, int withheldQuestions, List<Question> questions) {}

    public record Question(String text, long respondents, List<Option> options) {}

    public record Option(String text, long count) {}

    public static SurveySnapshot of(
            String enterpriseName,
            String orgNumber,
            String collaborationName,
            @Nullable Instant completedAt,
            SurveyResults results) {
        List<Theme> themes = new ArrayList<>();
        int withheld = 0;
        for (SurveyResults.Theme theme : results.themes()) {
            List<Question> shown = new ArrayList<>();
            int themeWithheld = 0;
            for (SurveyResults.QuestionResult question : theme.questions()) {
                if (publishable(question)) {
                    shown.add(new Question(
                            question.text(),
                            question.respondents(),
                            question.options().stream()
                                    .map(o -> new Option(o.text(), o.count() == null ? 0 : o.count()))
                                    .toList()));
                } else {
                    themeWithheld++;
                }
            }
            withheld += themeWithheld;
            themes.add(new Theme(theme.name(), themeWithheld, shown));
        }
        return new SurveySnapshot(
                enterpriseName,
                orgNumber,
                collaborationName,
                results.surveyId(),
                results.type().name(),
                completedAt,
                results.respondents(),
                MINIMUM_RESPONDENTS,
                withheld,
                themes);
    }

    /** Shown, unmasked, and answered by at least five; anything less is withheld whole. */
    static boolean publishable(SurveyResults.QuestionResult question) {
        return question.available()
                && !question.masked()
                && question.respondents() != null
                && question.respondents() >= MINIMUM_RESPONDENTS
                && question.options().stream().allMatch(o -> o.count() != null);
    }
}
