package no.iaverk.knowledge.followup;

import no.iaverk.shared.NotFoundException;

/** No follow-up rule has the id asked for. */
public class FollowUpRuleNotFound extends NotFoundException {

    private FollowUpRuleNotFound(String message) {
        super(message);
    }

    static FollowUpRuleNotFound forId(Object id) {
        return new FollowUpRuleNotFound(FollowUpTexts.get("notFound", String.valueOf(id)));
    }
}
