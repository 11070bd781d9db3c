package no.iaverk.cases;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An activity to register; the time is Norwegian local time. */
public record NewActivity(
        @Nullable Long collaborationId,
        @Nullable LocalDateTime startsAt,
        Activity.@Nullable Channel channel,
        Collaboration.@Nullable ServiceArea serviceArea,
        @Nullable List<Activity.Participant> participants,
        @Nullable Integer unitCount,
        @Nullable BigDecimal adviserHours,
        Activity.@Nullable Status status,
        @Nullable String note) {

    /** The same activity, registered in a collaboration. */
    public NewActivity in(long collaboration) {
        return new NewActivity(
                collaboration, startsAt, channel, serviceArea, participants, unitCount, adviserHours, status, note);
    }
}
