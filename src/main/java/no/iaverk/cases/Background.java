package no.iaverk.cases;

/** Why an assessment starts: the centre picked the enterprise, or the enterprise got in touch. */
public enum Background {
    CENTRE_INITIATIVE,
    ENTERPRISE_REQUEST
}
