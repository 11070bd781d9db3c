package no.iaverk.trials;

/** An enrolled legal unit: the arm it got (learnt only now) and the case the work goes on in. */
public record Enrolment(long trialId, String orgNumber, String legalUnit, String arm, String armName, long caseId) {}
