package no.iaverk.surveys;

/** CREATED → STARTED → COMPLETED; DELETED while nobody has answered. */
public enum SurveyStatus {
    CREATED,
    STARTED,
    COMPLETED,
    DELETED
}
