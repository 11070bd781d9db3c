package no.iaverk.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a user may do with a case now, from the same rules the services enforce, so a page offers only what would be
 * accepted.
 *
 * @param ourUnit whether the user belongs to the case's unit (only that unit changes a case)
 * @param events the lifecycle commands the user may send
 * @param backTo the status BACK returns to, when BACK is among them
 * @param mayTransfer whether the user may take the case over to their own unit
 * @param workRefusal why the user may not work on collaborations, plans, milestones and activities; null when they may
 * @param mayCreateCollaboration whether the user may start a collaboration now
 */
public record CasePermissions(
        boolean ourUnit,
        List<CaseEventType> events,
        @Nullable CaseStatus backTo,
        boolean mayTransfer,
        @Nullable String workRefusal,
        boolean mayCreateCollaboration) {

    public boolean may(CaseEventType event) {
        return events.contains(event);
    }

    /** Collaborations, plans, milestones and activities. */
    public boolean mayWork() {
        return workRefusal == null;
    }

    /** Changing a collaboration's fields, milestones and plan: work on the case, while the collaboration is active. */
    public boolean mayChange(Collaboration collaboration) {
        return mayWork() && collaboration.active();
    }
}
