package no.iaverk.cases;

/**
 * An enterprise's legal unit is allocated in a running trial randomised before contact (the trials' published view
 * {@code trial_outreach}): in an arm that offers assistance, or in the "no outreach" control ({@code outreach} false),
 * which the centre does not seek out.
 */
public record BeforeContactTrial(long trialId, String trialName, String arm, boolean outreach) {}
