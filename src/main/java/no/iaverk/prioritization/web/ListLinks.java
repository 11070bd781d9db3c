package no.iaverk.prioritization.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.iaverk.prioritization.PriorityFilter;
import no.iaverk.prioritization.PriorityFilters;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Links that keep the current filters and change one thing (the sort, the page, the format), for the list page. A
 * parameter may have several values ({@code county=31&county=32}).
 */
public record ListLinks(String base, MultiValueMap<String, String> parameters) {

    /** The parameters that make up a list's filters and order: what a link back to the same list keeps. */
    static final Set<String> FILTER_PARAMETERS = Stream.concat(
                    PriorityFilters.WHO_IS_ON_THE_LIST.stream(), Stream.of("ruleSet", "sort", "direction", "size"))
            .collect(Collectors.toUnmodifiableSet());

    public ListLinks {
        parameters = new LinkedMultiValueMap<>(parameters);
    }

    /** The current filters with {@code name} set to {@code value} (the page back to 0 unless it is the page itself). */
    public String with(String name, Object value) {
        MultiValueMap<String, String> changed = new LinkedMultiValueMap<>(parameters);
        if (!name.equals("page")) {
            changed.remove("page");
        }
        changed.put(name, List.of(String.valueOf(value)));
        return base + "?" + query(changed);
    }

    /** Sorting by a key: the other direction when the list is already sorted by it, else the key's natural one. */
    public String sortBy(String key, PriorityFilter filter) {
        PriorityFilter.SortKey sort = PriorityFilter.SortKey.valueOf(key);
        PriorityFilter.Direction direction = sort != filter.sort()
                ? sort.defaultDirection()
                : filter.direction() == PriorityFilter.Direction.DESC
                        ? PriorityFilter.Direction.ASC
                        : PriorityFilter.Direction.DESC;
        MultiValueMap<String, String> changed = new LinkedMultiValueMap<>(parameters);
        changed.remove("page");
        changed.put("sort", List.of(key));
        changed.put("direction", List.of(direction.name()));
        return base + "?" + query(changed);
    }

    /** The {@code aria-sort} of a column's header: only the column the list is sorted by has one. */
    public @Nullable String ariaSort(String key, PriorityFilter filter) {
        if (!filter.sort().name().equals(key)) {
            return null;
        }
        return filter.direction() == PriorityFilter.Direction.ASC ? "ascending" : "descending";
    }

    /** The visible arrow of a sortable column: which way it is sorted, or that it can be. */
    public String arrow(String key, PriorityFilter filter) {
        if (!filter.sort().name().equals(key)) {
            return "↕";
        }
        return filter.direction() == PriorityFilter.Direction.ASC ? "▲" : "▼";
    }

    public String to(String otherBase) {
        String query = query(parameters);
        return query.isEmpty() ? otherBase : otherBase + "?" + query;
    }

    /** The whole list with the current filters as a file: {@code /prioritering/eksport?...&format=csv}. */
    public String export(String format) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(parameters);
        filters.remove("page");
        filters.put("format", List.of(format));
        return "/prioritering/eksport?" + query(filters);
    }

    /** The current filters as a query string, without the page. */
    public String query() {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(parameters);
        filters.remove("page");
        return query(filters);
    }

    /** The filters of a query string (as a form sends back the list it came from); anything else is left out. */
    static MultiValueMap<String, String> filtersOf(@Nullable String query) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
        if (query == null) {
            return filters;
        }
        String bare = query.startsWith("?") ? query.substring(1) : query;
        for (String pair : bare.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            try {
                String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (FILTER_PARAMETERS.contains(name) && !value.isBlank()) {
                    filters.add(name, value);
                }
            } catch (IllegalArgumentException e) {
                // a broken escape: that pair is left out
            }
        }
        return filters;
    }

    private static String query(MultiValueMap<String, String> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, values) -> {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    pairs.add(encode(name) + "=" + encode(value));
                }
            }
        });
        return String.join("&", pairs);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
