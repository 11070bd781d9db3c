package no.iaverk.cases.web;

import java.util.ArrayList;
import java.util.List;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.CaseStatus;
import no.iaverk.cases.IaCase;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;

/** The buttons the case page offers a user. The lifecycle still decides; this only hides what would be refused. */
final class CaseActions {

    private CaseActions() {}

    static List<CaseEventType> available(IaCase iaCase, CurrentUser user) {
        List<CaseEventType> actions = new ArrayList<>();
        if (!user.has(Role.CASEWORKER) || !iaCase.unitCode().equals(user.unitCode())) {
            return actions;
        }
        boolean owner = user.username().equals(iaCase.owner());
        boolean follower = iaCase.followers().contains(user.username());
        if (!iaCase.status().open()) {
            boolean mayReopen = owner || (iaCase.owner() == null && user.has(Role.SUPERUSER));
            if (mayReopen && !iaCase.locked()) {
                actions.add(CaseEventType.BACK);
            }
            if (follower) {
                actions.add(CaseEventType.UNFOLLOW);
            }
            return actions;
        }
        if (owner) {
            switch (iaCase.status()) {
                case ASSESSING -> actions.add(CaseEventType.TO_CONTACTING);
                case CONTACTING -> actions.add(CaseEventType.TO_MAPPING);
                case MAPPING -> actions.add(CaseEventType.TO_ASSISTING);
                case ASSISTING -> actions.add(CaseEventType.COMPLETE);
                default -> {}
            }
            if (iaCase.status() != CaseStatus.ASSESSING) {
                actions.add(CaseEventType.BACK);
            }
            actions.add(CaseEventType.NOT_RELEVANT);
        } else {
            actions.add(CaseEventType.TAKE_OWNERSHIP);
            actions.add(follower ? CaseEventType.UNFOLLOW : CaseEventType.FOLLOW);
        }
        return actions;
    }

    /** A superuser of another unit may take an open case over to their own unit. */
    static boolean mayTransfer(IaCase iaCase, CurrentUser user) {
        return user.has(Role.SUPERUSER)
                && iaCase.status().open()
                && !iaCase.unitCode().equals(user.unitCode());
    }
}
