package no.iaverk.surveys;

import no.iaverk.shared.MessageBundle;
import org.springframework.context.support.MessageSourceAccessor;

/** The Norwegian names of the survey codes, from the pages' message bundle, for error messages. */
final class SurveyTexts {

    private static final MessageSourceAccessor MESSAGES = MessageBundle.of("templates/surveys/messages");

    private SurveyTexts() {}

    static String status(SurveyStatus status) {
        return MESSAGES.getMessage("survey.status." + status);
    }
}
