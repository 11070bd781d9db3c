package no.iaverk.trials;

/** Who at the workplace takes part in an arm's form of assistance. */
public enum Participation {
    LEADERS_ONLY,
    PARTY_GROUP,
    ALL_STAFF
}
