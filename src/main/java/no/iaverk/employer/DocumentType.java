package no.iaverk.employer;

import java.util.Optional;
import no.iaverk.surveys.SurveyType;
import org.jspecify.annotations.Nullable;

/** What an adviser publishes to the enterprise: the plan, or the results of a needs assessment or an evaluation. */
public enum DocumentType {
    PLAN(null),
    NEEDS_ASSESSMENT(SurveyType.NEEDS_ASSESSMENT),
    EVALUATION(SurveyType.EVALUATION);

    private final @Nullable SurveyType surveyType;

    DocumentType(@Nullable SurveyType surveyType) {
        this.surveyType = surveyType;
    }

    /** The kind of survey whose results the document holds; empty for the plan. */
    public Optional<SurveyType> surveyType() {
        return Optional.ofNullable(surveyType);
    }

    public static Optional<DocumentType> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DocumentType type : values()) {
            if (type.name().equals(text.trim())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
