package no.iaverk.prioritization.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Links that keep the current filters and change one thing (the sort, the page, the format), for the list page. */
public record ListLinks(String base, Map<String, String> parameters) {

    /** The current filters with {@code name} set to {@code value} (the page back to 0 unless it is the page itself). */
    public String with(String name, Object value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        if (!name.equals("page")) {
            changed.remove("page");
        }
        changed.put(name, String.valueOf(value));
        return base + "?" + query(changed);
    }

    /** Sorting by a key: the other direction when the list is already sorted by it. */
    public String sortBy(String key, String currentSort, String currentDirection) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.remove("page");
        changed.put("sort", key);
        changed.put("direction", key.equals(currentSort) && currentDirection.equals("DESC") ? "ASC" : "DESC");
        return base + "?" + query(changed);
    }

    public String to(String otherBase) {
        return otherBase + "?" + query(parameters);
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
