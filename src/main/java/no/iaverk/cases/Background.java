package no.iaverk.cases;

import java.util.List;

/**
 * Why an assessment starts: the centre picked the enterprise, the enterprise got in touch, or a caseworker enrolled it
 * in a randomised trial ({@link Cases#startOrLinkForTrial}, the one start a caseworker may make).
 */
public enum Background {
    CENTRE_INITIATIVE,
    ENTERPRISE_REQUEST,
    TRIAL;

    /** The backgrounds a person chooses when starting an assessment by hand; TRIAL comes only from an enrolment. */
    public static List<Background> chosenByHand() {
        return List.of(CENTRE_INITIATIVE, ENTERPRISE_REQUEST);
    }
}
