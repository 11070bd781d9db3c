package no.iaverk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.iaverk.IntegrationTest;
import no.iaverk.demo.internal.DemoFixture;
import no.iaverk.web.EndpointPolicy.Principal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the API description ({@code /v3/api-docs}; the pages are not in it and not covered here) called as
 * anonymous, as each NAV demo role and as the demo employer, over HTTP Basic, on the demo data, with an existing id
 * where a path needs one and an empty JSON object as body. The answers must match {@link EndpointPolicy} and never be
 * 5xx: bad input is a 4xx problem. Reads go first and the calls that end or delete something last, so the demo objects
 * the reads need are still there when they run.
 */
@IntegrationTest
class EndpointMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> ENDING = Set.of("complete", "cancel", "close", "start", "publish", "resolve");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    record Operation(String method, String path, JsonNode spec) {
        String key() {
            return method + " " + path;
        }

        int phase() {
            String last = path.substring(path.lastIndexOf('/') + 1);
            return switch (method) {
                case "GET" -> 0;
                case "DELETE" -> 3;
                default -> ENDING.contains(last) ? 2 : 1;
            };
        }
    }

    @Test
    void every_operation_answers_each_principal_as_the_policy_says_and_never_with_a_server_error() throws Exception {
        DemoFixture.load(context);
        List<Operation> operations = operations();
        Map<String, String> values = demoValues();
        List<String> problems = new ArrayList<>();

        Set<String> described = operations.stream().map(Operation::key).collect(Collectors.toSet());
        new TreeSet<>(EndpointPolicy.ALLOWED.keySet())
                .stream()
                        .filter(key -> !described.contains(key))
                        .forEach(key -> problems.add("in the policy but no longer in the API: " + key));

        var observed = new LinkedHashMap<String, Map<Principal, Integer>>();
        for (Operation operation : operations) {
            Set<Principal> allowed = EndpointPolicy.ALLOWED.get(operation.key());
            var answers = new LinkedHashMap<Principal, Integer>();
            for (Principal principal : Principal.values()) {
                int status = call(operation, principal, values);
                answers.put(principal, status);
                if (status >= 500) {
                    problems.add("%s as %s answered %d".formatted(operation.key(), principal, status));
                } else if (allowed != null) {
                    boolean refused = status == 401 || status == 403;
                    int refusal = principal == Principal.ANONYMOUS ? 401 : 403;
                    if (allowed.contains(principal) == refused || (refused && status != refusal)) {
                        problems.add("%s as %s answered %d, the policy %s it"
                                .formatted(
                                        operation.key(),
                                        principal,
                                        status,
                                        allowed.contains(principal) ? "allows" : "refuses"));
                    }
                }
            }
            observed.put(operation.key(), answers);
            if (allowed == null) {
                Set<Principal> notRefused = EnumSet.noneOf(Principal.class);
                answers.forEach((principal, status) -> {
                    if (status != 401 && status != 403) {
                        notRefused.add(principal);
                    }
                });
                problems.add("not in the policy: " + operation.key() + " (answered as allowed for " + notRefused + ")");
            }
        }
        observed.forEach((key, answers) -> System.out.println("matrix " + key + " " + answers));
        assertThat(operations).hasSizeGreaterThan(80);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private List<Operation> operations() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(httpBasic("leser", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode paths = json.readTree(body).get("paths");
        List<Operation> operations = new ArrayList<>();
        for (var path : paths.properties()) {
            for (var method : path.getValue().properties()) {
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }
        operations.sort(Comparator.comparing(Operation::phase).thenComparing(Operation::key));
        return operations;
    }

    private int call(Operation operation, Principal principal, Map<String, String> values) throws Exception {
        String uri = uri(operation, values);
        JsonNode body = operation.spec().path("requestBody").path("content");
        AbstractMockHttpServletRequestBuilder<?> request;
        if (body.has(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            request = multipart(HttpMethod.valueOf(operation.method()), uri);
        } else {
            request = request(HttpMethod.valueOf(operation.method()), uri);
            if (!body.isMissingNode()) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (principal.username != null) {
            request.with(httpBasic(principal.username, "demo"));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** The path with its variables filled in, and the required query parameters. */
    private static String uri(Operation operation, Map<String, String> values) {
        Matcher variables = VARIABLE.matcher(operation.path());
        StringBuilder uri = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(uri, Matcher.quoteReplacement(value(operation, variables.group(1), values)));
        }
        variables.appendTail(uri);
        String separator = "?";
        for (JsonNode parameter : operation.spec().path("parameters")) {
            if ("query".equals(parameter.path("in").asString())
                    && parameter.path("required").asBoolean()) {
                String name = parameter.path("name").asString();
                uri.append(separator).append(name).append('=').append(value(operation, name, values));
                separator = "&";
            }
        }
        return uri.toString();
    }

    private static String value(Operation operation, String name, Map<String, String> values) {
        String qualified = operation.path().replaceAll("/\\{[^}]+}.*$", "") + ":" + name;
        String value = values.getOrDefault(qualified, values.get(name));
        if (value != null) {
            return value;
        }
        for (JsonNode parameter : operation.spec().path("parameters")) {
            JsonNode schema = parameter.path("schema");
            if (name.equals(parameter.path("name").asString()) && schema.has("enum")) {
                return schema.get("enum").get(0).asString();
            }
        }
        return "999999";
    }

    /** An existing demo object for every path variable (by name, or by the path before it for {@code id}). */
    private Map<String, String> demoValues() {
        var values = new LinkedHashMap<String, String>();
        // The surveys are the completed demo case's (its owner saksbehandler hosts them); the case and collaboration
        // are the running one (owner saksbehandler, followed by superbruker; admin neither owns nor follows it).
        long surveyId = one("select max(id) from survey");
        values.put("surveyId", String.valueOf(surveyId));
        values.put(
                "themeId", String.valueOf(one("select min(theme_id) from survey_theme where survey_id = " + surveyId)));
        long caseId = one("""
                select id from ia_case
                where status = 'ASSISTING' and owner = 'saksbehandler' and 'superbruker' = any (followers)
                order by id limit 1""");
        long collaborationId = one("select id from collaboration where case_id = " + caseId + " order by id limit 1");
        values.put("caseId", String.valueOf(caseId));
        values.put("collaborationId", String.valueOf(collaborationId));
        values.put("activityId", String.valueOf(one("select min(id) from activity where case_id = " + caseId)));
        values.put("orgNumber", text("""
                select org_number from employer_access where username = 'arbeidsgiver' and revoked_at is null
                order by id limit 1"""));
        values.put("serviceCode", text("select min(code) from ia_service"));
        values.put("itemId", text("select min(id) from knowledge_item"));
        values.put("trialId", String.valueOf(one("select coalesce(min(id), 999999) from trial")));
        values.put("year", String.valueOf(one("select max(year) from statistics_published_quarter")));
        values.put("quarter", String.valueOf(one("""
                select max(quarter) from statistics_published_quarter
                where year = (select max(year) from statistics_published_quarter)""")));
        values.put("code", "VESTLAND");
        values.put("/api/units:year", "2025");
        values.put(
                "/api/statistics/imports:id",
                String.valueOf(one("select max(id) from import_run where kind = 'STATISTICS'")));
        values.put(
                "/api/register/imports:id",
                String.valueOf(one("select max(id) from import_run where kind = 'REGISTER'")));
        values.put(
                "/api/prioritization/rule-sets:id",
                String.valueOf(one("select coalesce(min(id), 999999) from rule_set")));
        values.put("/api/knowledge:id", text("select min(id) from knowledge_item"));
        values.put(
                "/api/knowledge/follow-up-rules:id",
                String.valueOf(one("select min(id) from knowledge_follow_up_rule")));
        values.put(
                "/api/employer/collaborations:id",
                String.valueOf(one("select collaboration_id from survey where id = " + surveyId)));
        values.put(
                "/api/employer/documents:id",
                String.valueOf(one("select coalesce(max(id), 999999) from employer_document")));
        values.put(
                "/api/employer/enterprises:id",
                String.valueOf(one("select coalesce(max(id), 999999) from employer_goal")));
        return values;
    }

    private long one(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String text(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
