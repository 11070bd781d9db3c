package no.iaverk.employer;

/** A legal unit (juridisk enhet) owns sub-units (underenheter), where people work and NAV's figures are kept. */
public enum EnterpriseKind {
    LEGAL_UNIT,
    SUB_UNIT
}
