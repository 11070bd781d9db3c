package no.iaverk.knowledge.followup;

/** Which sick leave a rule applies to: graded (partly at work), ungraded (fully absent), or both. */
public enum AppliesTo {
    ALL,
    GRADED,
    UNGRADED;

    public boolean includes(boolean graded) {
        return this == ALL || (this == GRADED) == graded;
    }
}
