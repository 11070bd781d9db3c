package no.iaverk.cases;

import no.iaverk.shared.MessageBundle;
import org.springframework.context.support.MessageSourceAccessor;

/** The Norwegian names of the case codes, from the same message bundle the pages use, for error messages. */
final class CaseTexts {

    private static final MessageSourceAccessor MESSAGES = MessageBundle.of("templates/cases/messages");

    private CaseTexts() {}

    static String status(CaseStatus status) {
        return MESSAGES.getMessage("case.status." + status);
    }

    static String reason(ClosingReason reason) {
        return MESSAGES.getMessage("case.reason." + reason);
    }

    static String justification(Justification justification) {
        return MESSAGES.getMessage("case.justification." + justification);
    }
}
