package no.iaverk.surveys;

/** A needs assessment at the start of a collaboration, or its evaluation at the end. */
public enum SurveyType {
    NEEDS_ASSESSMENT,
    EVALUATION
}
