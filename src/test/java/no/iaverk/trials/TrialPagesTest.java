package no.iaverk.trials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.iaverk.IntegrationTest;
import no.iaverk.security.IaverkUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The trials' pages on the fixture's thirty companies: what each role sees and may do, and the design form. */
@IntegrationTest
class TrialPagesTest extends TrialFixture {

    static final IaverkUser READER = TestUsers.reader();
    static final IaverkUser CASEWORKER = TestUsers.of("saksbehandler", Role.CASEWORKER);
    static final IaverkUser SUPERUSER = TestUsers.superuser();

    @Test
    void theListShowsEveryTrialAndOnlyASuperuserIsOfferedANewOne() {
        long draft = designed("AMONG_WILLING", "");
        long running = started("BEFORE_CONTACT", "\"SIZE_BAND\"");

        String reader = page(READER, "/forsok");
        assertThat(reader)
                .contains("href=\"/forsok/" + draft + "\"", "href=\"/forsok/" + running + "\"")
                .contains("Blant villige", "Før kontakt", "Utkast", "Pågår", "Kort, Lang")
                .contains(">30</td>") // eligible legal units of the started one
                .contains("href=\"/forsok\" aria-current=\"page\">Forsøk</a>")
                .doesNotContain("Nytt forsøk");
        assertThat(page(SUPERUSER, "/forsok")).contains("href=\"/forsok/ny\"", "Nytt forsøk");
    }

    @Test
    void theTrialPageOffersEachRoleTheButtonsOfTheTrialsState() {
        long draft = designed("AMONG_WILLING", "\"SIZE_BAND\"");
        String designPage = page(SUPERUSER, "/forsok/" + draft);
        assertThat(designPage)
                .contains("Kort eller lang bistand", "Gir et lengre samarbeid lavere sykefravær?")
                .contains("Digitale verktøy for lederne", "Partssamarbeid med rådgiver", "60,5", "referanse")
                .contains("Minst ansatte: 5", "Størrelse (5–19")
                .contains("action=\"/forsok/" + draft + "/start\"", "Start forsøket")
                .contains("Forsøket er et utkast");
        assertThat(page(READER, "/forsok/" + draft)).doesNotContain("/start\"", "Start forsøket");

        long running = started("AMONG_WILLING", "\"SIZE_BAND\"");
        String digest = read(get("leser", "/api/trials/" + running), "$.allocationDigest");
        String reader = page(READER, "/forsok/" + running);
        assertThat(reader)
                .contains(digest, "Sjekksum for tildelingen", "kontrollere at tildelingen ikke er endret")
                .contains("Strata (antall juridiske enheter)")
                .doesNotContain("Meld inn", "Avslutt forsøket", "/tildeling");
        assertThat(mvc.get().uri("/forsok/" + running + "/tildeling").with(user(READER)))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(page(CASEWORKER, "/forsok/" + running))
                .contains("action=\"/forsok/" + running + "/innmelding\"", "Meld inn")
                .doesNotContain("Avslutt forsøket");
        assertThat(page(SUPERUSER, "/forsok/" + running))
                .contains("action=\"/forsok/" + running + "/avslutt\"", "Avslutt forsøket")
                .doesNotContain("Start forsøket");

        MvcTestResult closed = post(SUPERUSER, "/forsok/" + running + "/avslutt");
        assertThat(closed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/forsok/" + running);
        assertThat(page(READER, "/forsok/" + running))
                .contains("Avsluttet", "Slik ble sekvensen laget", "HMAC-SHA256")
                .contains("href=\"/forsok/" + running + "/tildeling\"");
        MvcTestResult revealed = mvc.get()
                .uri("/forsok/" + running + "/tildeling")
                .with(user(READER))
                .exchange();
        assertThat(revealed).hasStatusOk();
        assertThat((String) read(revealed, "$.allocationDigest")).isEqualTo(digest);
        assertThat(jdbc.sql("select count(*) from audit_event where resource_type = 'TRIAL_ALLOCATION'"
                                + " and channel = 'PAGE'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSuperuserStartsTheTrialFromItsPage() {
        long draft = designed("AMONG_WILLING", "");
        MvcTestResult start = post(SUPERUSER, "/forsok/" + draft + "/start");
        assertThat(start).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/forsok/" + draft);
        assertThat((String) read(get("leser", "/api/trials/" + draft), "$.status"))
                .isEqualTo("RUNNING");
        assertThat(followed(start, SUPERUSER, "/forsok/" + draft))
                .contains("Forsøket er startet: 30 kvalifiserte juridiske enheter");

        MvcTestResult again = post(SUPERUSER, "/forsok/" + draft + "/start");
        assertThat(followed(again, SUPERUSER, "/forsok/" + draft))
                .contains("role=\"alert\">Forsøket er allerede startet");
        assertThat(post(CASEWORKER, "/forsok/" + designed("AMONG_WILLING", "") + "/start"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aCaseworkerEnrolsFromThePageAndLearnsTheArmWithALinkToTheCase() {
        long trial = started("AMONG_WILLING", "\"SIZE_BAND\"");
        MvcTestResult enrolled = mvc.post()
                .uri("/forsok/" + trial + "/innmelding")
                .param("orgNumber", WORKPLACES.get(3))
                .with(user(CASEWORKER))
                .with(csrf())
                .exchange();
        assertThat(enrolled).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/forsok/" + trial + "#innmelding");
        Enrolment enrolment = (Enrolment) enrolled.getMvcResult().getFlashMap().get("enrolment");
        assertThat(enrolment.legalUnit()).isEqualTo(LEGAL_UNITS.get(3));
        String page = followed(enrolled, CASEWORKER, "/forsok/" + trial);
        assertThat(page)
                .contains("Virksomhet " + WORKPLACES.get(3) + " (juridisk enhet " + LEGAL_UNITS.get(3) + ")")
                .contains("er meldt inn i armen «" + enrolment.armName() + "»")
                .contains("href=\"/sak/" + enrolment.caseId() + "\"");

        // Enrolling the same legal unit through its second workplace: 409, said at the field with what was typed.
        MvcTestResult twice = mvc.post()
                .uri("/forsok/" + trial + "/innmelding")
                .param("orgNumber", SECOND_WORKPLACES.get(3))
                .with(user(CASEWORKER))
                .with(csrf())
                .exchange();
        String refused = followed(twice, CASEWORKER, "/forsok/" + trial);
        assertThat(tag(refused, "orgNumber"))
                .contains("value=\"" + SECOND_WORKPLACES.get(3) + "\"", "aria-invalid=\"true\"")
                .contains("aria-describedby=\"orgNumber-error enrol-help\"");
        assertThat(refused).contains("id=\"orgNumber-error\">Den juridiske enheten " + LEGAL_UNITS.get(3));

        MvcTestResult stranger = mvc.post()
                .uri("/forsok/" + trial + "/innmelding")
                .param("orgNumber", "123")
                .with(user(CASEWORKER))
                .with(csrf())
                .exchange();
        assertThat(followed(stranger, CASEWORKER, "/forsok/" + trial))
                .contains("id=\"orgNumber-error\">Ugyldig organisasjonsnummer");
        assertThat(jdbc.sql("select count(*) from audit_event where resource_type = 'TRIAL_ENROLMENT'"
                                + " and channel = 'PAGE' and path = :path")
                        .param("path", "/forsok/" + trial + "/innmelding")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRefusedDesignShowsEachFieldsErrorAtTheFieldAndKeepsWhatWasTyped() {
        assertThat(mvc.get().uri("/forsok/ny").with(user(READER))).hasStatus(HttpStatus.FORBIDDEN);
        String empty = page(SUPERUSER, "/forsok/ny");
        assertThat(empty)
                .contains("Nytt forsøk", "name=\"arms[3].code\"", "name=\"arms[2].participation\"")
                .contains("name=\"arms[0].digitalOnly\"", "name=\"filters.county\"", "Uten regelsett")
                .doesNotContain("null");

        MvcTestResult refused = form().param("name", "")
                .param("question", "Hjelper digitale verktøy?")
                .param("arms[1].code", "DIGITAL")
                .param("arms[1].plannedMonths", "seks")
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        String page = html(refused);
        assertThat(tag(page, "name"))
                .contains("aria-invalid=\"true\"", "aria-describedby=\"name-error\"")
                .contains("value=\"\"");
        assertThat(page)
                .contains("id=\"name-error\">Forsøket må ha et navn på 1–200 tegn.")
                .contains(">Hjelper digitale verktøy?</textarea>")
                .contains("id=\"arm1-plannedMonths-error\">Planlagt varighet er 1–60 måneder.")
                .contains("id=\"arm0-code-error\">Armens kode er 1–30 store bokstaver")
                .contains("id=\"design-error\">Velg design");
        assertThat(tag(page, "arm1-code")).contains("value=\"DIGITAL\"").doesNotContain("aria-invalid");
        assertThat(tag(page, "arm1-plannedMonths")).contains("value=\"seks\"", "aria-invalid=\"true\"");
        assertThat(jdbc.sql("select count(*) from trial").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aGoodDesignBecomesADraftAndTheBrowserGoesToItsPage() {
        MvcTestResult saved = form().param("name", "Digitalt eller fysisk")
                .param("question", "Er digitale verktøy like gode?")
                .param("design", "BEFORE_CONTACT")
                .param("arms[0].code", "OFFER")
                .param("arms[0].name", "Tilbud")
                .param("arms[0].plannedMonths", "6")
                .param("arms[0].participation", "PARTY_GROUP")
                .param("arms[0].maxAdviserHours", "20,5")
                .param("arms[0].description", "Tilbud om bistand")
                .param("arms[0].ratio", "1")
                .param("arms[1].code", "NONE")
                .param("arms[1].name", "Ingen kontakt")
                .param("arms[1].noOutreach", "true")
                .param("arms[1].description", "Ingen oppsøking")
                .param("arms[1].ratio", "2")
                .param("arms[2].code", "DIGITAL")
                .param("arms[2].name", "Digitalt tilbud")
                .param("arms[2].plannedMonths", "3")
                .param("arms[2].participation", "LEADERS_ONLY")
                .param("arms[2].digitalOnly", "true")
                .param("arms[2].maxAdviserHours", "5")
                .param("arms[2].description", "Digitale verktøy")
                .param("arms[2].ratio", "1")
                .param("arms[3].ratio", "")
                .param("filters.county", "03")
                .param("filters.minEmployees", "20")
                .param("strata", "SIZE_BAND", "COUNTY")
                .exchange();
        long id = jdbc.sql("select id from trial").query(Long.class).single();
        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/forsok/" + id);
        MvcTestResult trial = get("leser", "/api/trials/" + id);
        // The empty row at the end is not an arm; hours typed with a decimal comma; the checkboxes read as true.
        assertThat((Object) read(trial, "$.arms.length()")).isEqualTo(3);
        assertThat(((Number) read(trial, "$.arms[0].maxAdviserHours")).doubleValue())
                .isEqualTo(20.5);
        assertThat((Object) read(trial, "$.arms[0].digitalOnly")).isEqualTo(false);
        assertThat((Object) read(trial, "$.arms[2].digitalOnly")).isEqualTo(true);
        assertThat((List<Boolean>) read(trial, "$.arms[*].outreach")).containsExactly(true, false, true);
        assertThat(page(SUPERUSER, "/forsok/" + id)).contains("ingen oppsøking");
        assertThat((Object) read(trial, "$.filters.county")).isEqualTo("03");
        assertThat((Object) read(trial, "$.strata")).asString().contains("SIZE_BAND", "COUNTY");
    }

    @Test
    void anonymousVisitorsGoToTheLoginAndAFormWithoutItsCsrfTokenIsRefused() {
        long draft = designed("AMONG_WILLING", "");
        for (String path : new String[] {"/forsok", "/forsok/" + draft, "/forsok/ny"}) {
            assertThat(mvc.get().uri(path)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
        }
        assertThat(mvc.post().uri("/forsok/" + draft + "/start").with(user(SUPERUSER)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat((String) read(get("leser", "/api/trials/" + draft), "$.status"))
                .isEqualTo("DRAFT");
    }

    private MockMvcRequestBuilder form() {
        return mvc.post().uri("/forsok/ny").with(user(SUPERUSER)).with(csrf());
    }

    private MvcTestResult post(IaverkUser who, String path) {
        return mvc.post().uri(path).with(user(who)).with(csrf()).exchange();
    }

    String page(IaverkUser who, String path) {
        MvcTestResult result = mvc.get().uri(path).with(user(who)).exchange();
        assertThat(result).hasStatusOk();
        return html(result);
    }

    private String followed(MvcTestResult redirect, IaverkUser who, String path) {
        MvcTestResult result = mvc.get()
                .uri(path)
                .flashAttrs(redirect.getMvcResult().getFlashMap())
                .with(user(who))
                .exchange();
        assertThat(result).hasStatusOk();
        return html(result);
    }

    /** The start tag of the element with this id. */
    static String tag(String html, String id) {
        Matcher m = Pattern.compile("<[a-z]+ [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        assertThat(m.find()).as("an element with id " + id).isTrue();
        return m.group();
    }

    static String html(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
