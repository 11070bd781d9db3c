package no.iaverk.employer;

import org.jspecify.annotations.Nullable;

/**
 * What an adviser asks to publish: {@code type} PLAN, NEEDS_ASSESSMENT or EVALUATION (as text, so that a wrong value is
 * a Norwegian field error rather than a parse failure), and for survey results the survey.
 */
public record PublishDocument(
        @Nullable String type, @Nullable Long surveyId) {}
