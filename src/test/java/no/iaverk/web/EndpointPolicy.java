package no.iaverk.web;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may call each API operation ({@code METHOD path} as {@code /v3/api-docs} names it). Allowed means the call is
 * not refused (any answer but 401/403); everyone else is refused: 401 when anonymous, 403 when logged in. A new
 * operation must be added here before {@link EndpointMatrixTest} passes, which makes its access a decision.
 */
final class EndpointPolicy {

    enum Principal {
        ANONYMOUS(null),
        EMPLOYER("arbeidsgiver"),
        READER("leser"),
        CASEWORKER("saksbehandler"),
        SUPERUSER("superbruker"),
        ADMIN("admin");

        final String username;

        Principal(String username) {
            this.username = username;
        }
    }

    static final Set<Principal> NAV =
            EnumSet.of(Principal.READER, Principal.CASEWORKER, Principal.SUPERUSER, Principal.ADMIN);
    static final Set<Principal> CASEWORKER_UP = EnumSet.of(Principal.CASEWORKER, Principal.SUPERUSER, Principal.ADMIN);
    static final Set<Principal> SUPERUSER_UP = EnumSet.of(Principal.SUPERUSER, Principal.ADMIN);
    static final Set<Principal> ADMIN = EnumSet.of(Principal.ADMIN);
    static final Set<Principal> EMPLOYER = EnumSet.of(Principal.EMPLOYER);
    /**
     * Work on a case (collaborations, plans, activities, publishing): a caseworker of the case's unit who owns or follows
     * it. The matrix's case is owned by saksbehandler and followed by superbruker; admin does neither (403).
     */
    static final Set<Principal> CASE_WORKERS = EnumSet.of(Principal.CASEWORKER, Principal.SUPERUSER);
    /** Hosting a survey: its case's owner and followers; the matrix's survey is on a case only saksbehandler works on. */
    static final Set<Principal> SURVEY_HOST = EnumSet.of(Principal.CASEWORKER);

    private static final String COLLABORATION = "/api/cases/{caseId}/collaborations/{collaborationId}";

    static final Map<String, Set<Principal>> ALLOWED = Map.ofEntries(
            // cases
            entry("POST /api/cases", SUPERUSER_UP),
            entry("GET /api/cases", NAV),
            entry("GET /api/cases/overview", NAV),
            entry("GET /api/cases/{caseId}", NAV),
            entry("POST /api/cases/{caseId}/events", CASEWORKER_UP),
            entry("POST /api/cases/{caseId}/transfer", CASEWORKER_UP),
            entry("GET /api/enterprises/{orgNumber}/cases", NAV),
            entry("POST /api/cases/history", ADMIN),
            entry("POST /api/cases/{caseId}/collaborations/history", ADMIN),
            entry("POST /api/cases/{caseId}/history/close", ADMIN),
            entry("GET /api/cases/{caseId}/collaborations", NAV),
            entry("POST /api/cases/{caseId}/collaborations", CASE_WORKERS),
            entry("GET " + COLLABORATION, NAV),
            entry("PUT " + COLLABORATION, CASE_WORKERS),
            entry("PUT " + COLLABORATION + "/milestones/{kind}", CASE_WORKERS),
            entry("PUT " + COLLABORATION + "/plan", CASE_WORKERS),
            entry("POST " + COLLABORATION + "/complete", CASE_WORKERS),
            entry("POST " + COLLABORATION + "/cancel", CASE_WORKERS),
            entry("GET /api/cases/{caseId}/activities", NAV),
            entry("POST /api/cases/{caseId}/activities", CASE_WORKERS),
            entry("POST " + COLLABORATION + "/activities", CASE_WORKERS),
            // The body is validated before the case rule: an empty one is a 400 for every caseworker and up.
            entry("PUT /api/cases/{caseId}/activities/{activityId}/status", CASEWORKER_UP),
            entry("GET " + COLLABORATION + "/plan/knowledge", NAV),
            entry("POST " + COLLABORATION + "/plan/{serviceCode}/knowledge", CASE_WORKERS),
            entry("DELETE " + COLLABORATION + "/plan/{serviceCode}/knowledge/{itemId}", CASE_WORKERS),
            entry("GET " + COLLABORATION + "/effect", NAV),
            entry("POST " + COLLABORATION + "/documents", CASE_WORKERS),
            entry("GET " + COLLABORATION + "/documents", NAV),
            // surveys
            // The survey type is checked before the case rule: an empty body is a 400 for every caseworker and up.
            entry("POST " + COLLABORATION + "/surveys", CASEWORKER_UP),
            entry("GET " + COLLABORATION + "/surveys", NAV),
            entry("GET " + COLLABORATION + "/survey-comparison", NAV),
            entry("GET /api/surveys/{surveyId}", NAV),
            entry("POST /api/surveys/{surveyId}/start", SURVEY_HOST),
            entry("POST /api/surveys/{surveyId}/themes/{themeId}/open", SURVEY_HOST),
            entry("POST /api/surveys/{surveyId}/themes/{themeId}/close", SURVEY_HOST),
            entry("POST /api/surveys/{surveyId}/complete", SURVEY_HOST),
            entry("DELETE /api/surveys/{surveyId}", SURVEY_HOST),
            entry("GET /api/surveys/{surveyId}/results", NAV),
            // register and statistics
            entry("GET /api/enterprises", NAV),
            entry("GET /api/enterprises/{orgNumber}", NAV),
            entry("PUT /api/enterprises/{orgNumber}/industry-programme", SUPERUSER_UP),
            entry("POST /api/register/imports", ADMIN),
            entry("GET /api/register/imports", ADMIN),
            entry("GET /api/register/imports/{id}", ADMIN),
            entry("GET /api/enterprises/{orgNumber}/sick-leave", NAV),
            entry("POST /api/statistics/imports", ADMIN),
            entry("GET /api/statistics/imports", ADMIN),
            entry("GET /api/statistics/imports/{id}", ADMIN),
            entry("GET /api/statistics/quarters", NAV),
            entry("POST /api/statistics/quarters/{year}/{quarter}/publish", ADMIN),
            // prioritisation
            entry("GET /api/prioritization", NAV),
            entry("GET /api/prioritization/export", NAV),
            entry("GET /api/prioritization/rule-sets", NAV),
            entry("POST /api/prioritization/rule-sets", CASEWORKER_UP),
            entry("DELETE /api/prioritization/rule-sets/{id}", CASEWORKER_UP),
            // evaluation and trials
            entry("GET /api/evaluation/effects", NAV),
            entry("GET /api/trials/power", NAV),
            entry("POST /api/trials", SUPERUSER_UP),
            entry("GET /api/trials", NAV),
            entry("GET /api/trials/{trialId}", NAV),
            entry("POST /api/trials/{trialId}/start", SUPERUSER_UP),
            entry("POST /api/trials/{trialId}/enrolments", CASEWORKER_UP),
            entry("POST /api/trials/{trialId}/close", SUPERUSER_UP),
            entry("GET /api/trials/{trialId}/allocation", NAV),
            entry("GET /api/trials/{trialId}/flow", NAV),
            entry("GET /api/trials/{trialId}/balance", NAV),
            entry("GET /api/trials/{trialId}/adherence", NAV),
            entry("GET /api/trials/{trialId}/analysis", NAV),
            // knowledge
            entry("GET /api/ia-services", NAV),
            entry("GET /api/knowledge", NAV),
            entry("GET /api/knowledge/{id}", NAV),
            entry("PUT /api/knowledge/{id}", ADMIN),
            entry("GET /api/knowledge/{id}/revisions", NAV),
            entry("GET /api/knowledge/conflicts", ADMIN),
            entry("POST /api/knowledge/conflicts/{itemId}/resolve", ADMIN),
            entry("GET /api/knowledge/suggestions", NAV),
            entry("GET /api/knowledge/follow-up-timeline", NAV),
            entry("GET /api/knowledge/follow-up-timeline.ics", NAV),
            entry("GET /api/knowledge/follow-up-rules", NAV),
            entry("GET /api/knowledge/follow-up-rules/{id}", NAV),
            entry("PUT /api/knowledge/follow-up-rules/{id}", ADMIN),
            // reports and units
            entry("GET /api/reports/assistance", NAV),
            entry("GET /api/reports/assistance/collaborations", CASEWORKER_UP),
            entry("GET /api/reports/hours", NAV),
            entry("GET /api/reports/hours/by-adviser", SUPERUSER_UP),
            entry("GET /api/reports/cost-benefit", NAV),
            entry("GET /api/reports/leaders", SUPERUSER_UP),
            entry("GET /api/reports/resources", NAV),
            entry("GET /api/units", NAV),
            entry("GET /api/units/{code}", NAV),
            entry("PUT /api/units/{code}", ADMIN),
            entry("GET /api/units/{code}/resources", NAV),
            entry("PUT /api/units/{code}/resources/{year}", ADMIN),
            // the employer's own
            entry("GET /api/employer/enterprises", EMPLOYER),
            entry("GET /api/employer/enterprises/{orgNumber}", EMPLOYER),
            entry("GET /api/employer/enterprises/{orgNumber}/sick-leave", EMPLOYER),
            entry("GET /api/employer/enterprises/{orgNumber}/sick-leave.csv", EMPLOYER),
            entry("GET /api/employer/enterprises/{orgNumber}/cost-calculator", EMPLOYER),
            entry("GET /api/employer/cost-calculator", EMPLOYER),
            entry("GET /api/employer/enterprises/{orgNumber}/goals", EMPLOYER),
            entry("POST /api/employer/enterprises/{orgNumber}/goals", EMPLOYER),
            entry("DELETE /api/employer/enterprises/{orgNumber}/goals/{id}", EMPLOYER),
            entry("GET /api/employer/collaborations", EMPLOYER),
            entry("GET /api/employer/collaborations/{id}", EMPLOYER),
            entry("GET /api/employer/documents", EMPLOYER),
            entry("GET /api/employer/documents/{id}", EMPLOYER));

    private EndpointPolicy() {}
}
