package no.iaverk.trials;

import no.iaverk.shared.ConflictException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;

/** The trials' refusals, each with the status it answers with. */
public final class TrialExceptions {

    private TrialExceptions() {}

    public static final class TrialNotFound extends NotFoundException {
        TrialNotFound(long id) {
            super("Fant ikke forsøk " + id + ".");
        }
    }

    /** A change the trial's state does not allow: 409. */
    public static final class WrongState extends ConflictException {
        WrongState(String message) {
            super(message);
        }
    }

    public static final class AlreadyEnrolled extends ConflictException {
        AlreadyEnrolled(String orgNumber, String legalUnit) {
            super("Den juridiske enheten %s (som %s hører til) er allerede meldt inn i forsøket, og en innmelding kan"
                            .formatted(legalUnit, orgNumber)
                    + " ikke gjøres om.");
        }
    }

    /** Not on the frozen list, or a trial that does not take enrolments now: 400. */
    public static final class NotEnrollable extends InvalidRequestException {
        NotEnrollable(String message) {
            super(message);
        }
    }
}
