package no.iaverk.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import no.iaverk.cases.Activity;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.NewActivity;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The quick registration of an activity: date and time separately, as people type them. */
record ActivityForm(
        @Nullable Long collaborationId,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate date,

        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable
        LocalTime time,

        Activity.@Nullable Channel channel,
        Collaboration.@Nullable ServiceArea serviceArea,
        @Nullable List<Activity.Participant> participants,
        @Nullable Integer unitCount,
        @Nullable BigDecimal adviserHours,
        Activity.@Nullable Status status,
        @Nullable String note) {

    NewActivity activity() {
        return new NewActivity(
                collaborationId,
                date == null ? null : date.atTime(time == null ? LocalTime.MIDNIGHT : time),
                channel,
                serviceArea,
                participants,
                unitCount,
                adviserHours,
                status,
                note);
    }

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** An empty form at the current minute: most activities are registered right after they happen. */
    static ActivityForm now(@Nullable Long collaborationId) {
        return new ActivityForm(
                collaborationId,
                LocalDate.now(OSLO),
                LocalTime.now(OSLO).withSecond(0).withNano(0),
                null,
                null,
                List.of(),
                null,
                null,
                Activity.Status.DONE,
                null);
    }
}
