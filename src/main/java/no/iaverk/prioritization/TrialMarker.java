package no.iaverk.prioritization;

/**
 * A call-list row's enterprise is allocated in a running trial randomised before contact (the trials' published view
 * {@code trial_outreach}): an outreach arm's enterprise is a trial candidate to contact; {@code outreach} false is the
 * control group, which nobody contacts.
 */
public record TrialMarker(long trialId, String trialName, String arm, String armName, boolean outreach) {}
