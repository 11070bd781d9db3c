package no.iaverk.surveys;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells every instance's host pages that a survey's live counts may have changed: {@code pg_notify} on the channel
 * {@value #CHANNEL} with the survey's id, in the caller's transaction, so it is delivered when (and only if) the change
 * commits. PostgreSQL folds identical notifications of one transaction into one.
 */
public final class LiveSignal {

    /** The channel; {@code surveys.web.LiveCounts} listens to it through {@code shared.DatabaseNotifications}. */
    public static final String CHANNEL = "survey_answers";

    private LiveSignal() {}

    static void changed(JdbcClient jdbc, long surveyId) {
        jdbc.sql("select pg_notify('" + CHANNEL + "', cast(:survey as text))::text")
                .param("survey", surveyId)
                .query(String.class)
                .single();
    }
}
