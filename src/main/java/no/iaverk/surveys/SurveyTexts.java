package no.iaverk.surveys;

import java.util.Locale;
import java.util.ResourceBundle;

/** The Norwegian names of the survey codes, from the pages' message bundle, for error messages. */
final class SurveyTexts {

    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("templates/surveys/messages", Locale.forLanguageTag("nb-NO"));

    private SurveyTexts() {}

    static String status(SurveyStatus status) {
        return MESSAGES.getString("survey.status." + status);
    }
}
