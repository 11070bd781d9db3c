package no.iaverk.knowledge.followup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up timeline and its rules. The timeline is computed from the rules valid on the first sick day each time
 * it is asked for; nothing about the leave is stored or logged. Only admins change rules.
 */
@Service
public class FollowUpRules {

    private final RuleQueries queries;

    FollowUpRules(RuleQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public FollowUpTimeline timeline(TimelineRequest request) {
        return FollowUpTimeline.of(request.firstSickDay(), request.graded(), queries.validOn(request.firstSickDay()));
    }

    /** The timeline as an iCalendar file; each event stamped with its rule's last change. */
    @Transactional(readOnly = true)
    public String calendar(TimelineRequest request) {
        List<FollowUpRule> valid = queries.validOn(request.firstSickDay());
        var timeline = FollowUpTimeline.of(request.firstSickDay(), request.graded(), valid);
        Map<String, Instant> stamps =
                valid.stream().collect(Collectors.toMap(FollowUpRule::key, FollowUpRule::updatedAt));
        return CalendarFile.of(timeline, FollowUpTexts::text, stamps);
    }

    @Transactional(readOnly = true)
    public List<FollowUpRule> rules() {
        return queries.all();
    }

    public FollowUpRule rule(int id) {
        return queries.find(id).orElseThrow(() -> FollowUpRuleNotFound.forId(id));
    }

    /** Replaces a rule (ADMIN); a source set makes it verified. */
    @Transactional
    public FollowUpRule update(int id, RuleChange change, CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException(FollowUpTexts.get("forbidden"));
        }
        if (!queries.update(id, change, user.username())) {
            throw FollowUpRuleNotFound.forId(id);
        }
        return rule(id);
    }
}
