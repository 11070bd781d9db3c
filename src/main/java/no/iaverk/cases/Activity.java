package no.iaverk.cases;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the contact log: a meeting, call, e-mail or gathering with the enterprise, planned or held, with the
 * adviser hours it took when they are recorded (one decimal).
 */
public record Activity(
        long id,
        long caseId,
        @Nullable Long collaborationId,
        LocalDateTime startsAt,
        Channel channel,
        Collaboration.@Nullable ServiceArea serviceArea,
        List<Participant> participants,
        @Nullable Integer unitCount,
        @Nullable BigDecimal adviserHours,
        Status status,
        @Nullable String note,
        String owner,
        String ownerName,
        boolean overdue) {

    public enum Channel {
        PHYSICAL_MEETING,
        DIGITAL_MEETING,
        PHONE,
        EMAIL,
        GATHERING
    }

    /** Who from the workplace (and NAV) took part, by role. */
    public enum Participant {
        LEADER,
        UNION_REPRESENTATIVE,
        SAFETY_REPRESENTATIVE,
        OTHER_EMPLOYEE_REPRESENTATIVE,
        STAFF,
        HR,
        OCCUPATIONAL_HEALTH_SERVICE,
        NAV_OFFICE
    }

    public enum Status {
        PLANNED,
        DONE,
        CANCELLED
    }
}
