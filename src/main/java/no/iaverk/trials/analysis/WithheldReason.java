package no.iaverk.trials.analysis;

/** Why an arm's result is not shown. Pages show the Norwegian text of the code from their message bundle. */
public enum WithheldReason {
    FEWER_THAN_FIVE("fewer than 5 analysed legal units in the arm"),
    REFERENCE_FEWER_THAN_FIVE("fewer than 5 analysed legal units in the reference arm"),
    CONFOUNDED_WITH_STRATA(
            "the arm cannot be told apart from the stratification factors (its units are alone in their strata)"),
    TOO_FEW_DEGREES_OF_FREEDOM("fewer analysed legal units than the model has parameters"),
    NO_RESIDUAL_VARIATION("the model fits the data exactly, so no standard error can be estimated");

    private final String description;

    WithheldReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
