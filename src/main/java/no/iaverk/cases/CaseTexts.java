package no.iaverk.cases;

import java.util.Locale;
import java.util.ResourceBundle;

/** The Norwegian names of the case codes, from the same message bundle the pages use, for error messages. */
final class CaseTexts {

    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("templates/cases/messages", Locale.forLanguageTag("nb-NO"));

    private CaseTexts() {}

    static String status(CaseStatus status) {
        return MESSAGES.getString("case.status." + status);
    }

    static String reason(ClosingReason reason) {
        return MESSAGES.getString("case.reason." + reason);
    }

    static String justification(Justification justification) {
        return MESSAGES.getString("case.justification." + justification);
    }
}
