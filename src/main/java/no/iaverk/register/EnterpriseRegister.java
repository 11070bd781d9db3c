package no.iaverk.register;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import no.iaverk.reference.ReferenceData;
import no.iaverk.register.internal.EnterpriseQueries;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding enterprises and reading what the register holds about them. */
@Service
@Transactional(readOnly = true)
public class EnterpriseRegister {

    public static final int MAX_SEARCH_RESULTS = 100;
    private static final Pattern ORG_NUMBER_LIKE = Pattern.compile("\\d[\\d ]{8,10}");

    private final EnterpriseQueries queries;
    private final ReferenceData referenceData;

    private final ApplicationEventPublisher events;

    EnterpriseRegister(EnterpriseQueries queries, ReferenceData referenceData, ApplicationEventPublisher events) {
        this.queries = queries;
        this.referenceData = referenceData;
        this.events = events;
    }

    /** A page of search results, and whether more enterprises matched than the page holds. */
    public record SearchHits(List<EnterpriseSummary> enterprises, boolean more) {}

    /**
     * Finds enterprises by organisation number (exact, spaces allowed: «974 760 673») or by name (prefix first, then
     * similar names). A query shorter than two characters finds nothing.
     */
    public List<EnterpriseSummary> search(String query, int limit) {
        return find(query, Math.max(1, Math.min(limit, MAX_SEARCH_RESULTS)));
    }

    /**
     * As {@link #search}, and says whether there are more than {@code limit} (it asks for one more), so a page can say
     * «over 50 treff» instead of pretending the cap is the count. Counting every similar name would cost more than the
     * search itself on the national register.
     */
    public SearchHits searchPage(String query, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_SEARCH_RESULTS));
        List<EnterpriseSummary> found = find(query, bounded + 1);
        return found.size() > bounded
                ? new SearchHits(List.copyOf(found.subList(0, bounded)), true)
                : new SearchHits(found, false);
    }

    private List<EnterpriseSummary> find(String query, int limit) {
        String trimmed = query.trim();
        if (ORG_NUMBER_LIKE.matcher(trimmed).matches()) {
            return queries.summary(trimmed.replace(" ", "")).stream().toList();
        }
        if (trimmed.length() < 2) {
            return List.of();
        }
        return queries.searchByName(trimmed, limit);
    }

    /** The enterprise with its legal unit (or parent) and the units below it. */
    public EnterpriseDetails get(OrgNumber orgNumber) {
        return queries.details(orgNumber.value()).orElseThrow(() -> EnterpriseNotFound.forOrgNumber(orgNumber.value()));
    }

    /**
     * Streams every living workplace (sub-units, and legal units that have none) in organisation number order,
     * without holding them all in memory.
     */
    public void forEachWorkplace(Consumer<Workplace> consumer) {
        queries.forEachWorkplace(consumer);
    }

    public boolean isEmpty() {
        return queries.count() == 0;
    }

    public boolean exists(OrgNumber orgNumber) {
        return queries.summary(orgNumber.value()).isPresent();
    }

    /**
     * Sets (or with null, clears) the industry programme a person assigns, which wins over the one the NACE code
     * gives. This is how an oil and gas supplier is placed in its programme.
     */
    @Transactional
    public void assignIndustryProgramme(OrgNumber orgNumber, @Nullable String programmeCode) {
        if (programmeCode != null && !referenceData.industryProgrammeExists(programmeCode)) {
            throw new InvalidRequestException("Ukjent bransjeprogram: " + programmeCode);
        }
        if (!queries.assignProgramme(orgNumber.value(), programmeCode)) {
            throw EnterpriseNotFound.forOrgNumber(orgNumber.value());
        }
        events.publishEvent(new RegisterChanged(orgNumber.value()));
    }
}
