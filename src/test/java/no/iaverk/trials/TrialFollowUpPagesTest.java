package no.iaverk.trials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import no.iaverk.IntegrationTest;
import no.iaverk.security.IaverkUser;
import no.iaverk.trials.web.TrialDisplay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The trial page's follow-up sections on {@link FollowUpFixture}'s running trial.
 */
@IntegrationTest
class TrialFollowUpPagesTest extends FollowUpFixture {

    @BeforeEach
    void aRunningTrialWithAYearOfFollowUp() {
        runningTrialWithAYearOfFollowUp();
    }

    @Test
    void aSuperuserSeesTheFlowByArmTheBalanceAndTheAdherence() {
        String page = page(TrialPagesTest.SUPERUSER, "/forsok/" + trial);
        assertThat(page)
                .contains("Flyt (CONSORT)", "Vurdert som kvalifisert", "30 juridiske enheter (35 arbeidsplasser)")
                .contains("Ikke randomisert", "ikke meldt inn: 2", "Randomisert", "28 juridiske enheter")
                .contains("Tildelt", "Fikk bistanden armen beskriver", "takket nei eller ble ikke nådd")
                .contains("Analysert, første år", "mangler tall for året (skjermet eller ingen statistikk): 1")
                .contains("Analysert, andre år", "året er ikke publisert ennå")
                .doesNotContain("Tall per arm vises ikke");
        assertThat(page)
                .contains("Balanse ved randomisering", "Sykefravær før (%), snitt (sd)", "Std. forskjell Lang")
                .contains("Fylke: Oslo", "Etterlevelse", "Fulgte armen", "0 av ")
                .contains("Ikke noe samarbeid startet")
                .contains("hx-get=\"/forsok/" + trial + "/analyse\"");
        assertThat(page).containsPattern("<td class=\"number\">\\d+,\\d \\(\\d+,\\d\\)</td>"); // a mean (sd)
        // The strata in words, their codes as a tooltip.
        assertThat(page).containsPattern("title=\"SIZE_BAND=[^\"]+\">Størrelse [0-9]");
        assertThat(auditRows("TRIAL_FLOW")).isEqualTo(1);
        assertThat(auditRows("TRIAL_BALANCE")).isEqualTo(1);
        assertThat(auditRows("TRIAL_ADHERENCE")).isEqualTo(1);
    }

    @Test
    void theAnalysisShowsEachArmAgainstTheReferenceWithItsChartsAndMethod() {
        MvcTestResult fragment = mvc.get()
                .uri("/forsok/" + trial + "/analyse")
                .header("HX-Request", "true")
                .with(user(TrialPagesTest.SUPERUSER))
                .exchange();
        assertThat(fragment).hasStatusOk();
        String html = TrialPagesTest.html(fragment);
        double estimate = ((Number)
                        read(get("superbruker", "/api/trials/" + trial + "/analysis"), "$.firstYear.arms[0].estimate"))
                .doubleValue();
        assertThat(html)
                .doesNotContain("<html")
                .contains("Første år (kvartal +1 til +4)", "Andre år (kvartal +5 til +8)")
                .contains("referansearmen «Kort»", "p (HC2, t)", "p (permutasjon)")
                .contains(">" + new TrialDisplay().points(estimate) + "</td>")
                .contains("Vises ikke: færre enn 5 analyserte juridiske enheter i referansearmen.")
                .contains("Analysert: 27 juridiske enheter")
                .contains("<svg class=\"trial-chart forest\"", "<circle class=\"estimate\"", "<line class=\"zero\"")
                .contains("<svg class=\"trial-chart means\"", "<path d=\"M ")
                .contains("ANCOVA", "HC2", "n − p", "stratifisert permutasjonstest")
                .containsPattern("2[\\s\\u00a0\\u202f]000 ganger med frø \\d+")
                .contains("Siste publiserte kvartal: ");
        // One read by the page (and one by the API call above), each with its channel.
        assertThat(jdbc.sql("select count(*) from audit_event where resource_type = 'TRIAL_ANALYSIS'"
                                + " and channel = 'PAGE'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // Without script the link opens the same section as a page of its own.
        assertThat(page(TrialPagesTest.SUPERUSER, "/forsok/" + trial + "/analyse"))
                .contains("<html", "p (permutasjon)");
    }

    @Test
    void whileTheTrialRunsAReaderSeesThePooledFlowAndWhyTheArmsAreWithheld() {
        String page = page(TrialPagesTest.READER, "/forsok/" + trial);
        assertThat(page)
                .contains("Vurdert som kvalifisert", "Randomisert", "28 juridiske enheter")
                .contains("Tall per arm vises ikke", "Tall per arm vises bare for superbrukere mens forsøket pågår")
                .doesNotContain("Balanse ved randomisering", "Etterlevelse", "/analyse\"", "Tildelt</strong>");
        assertThat(mvc.get().uri("/forsok/" + trial + "/analyse").with(user(TrialPagesTest.READER)))
                .hasStatus(HttpStatus.FORBIDDEN);

        mvc.post()
                .uri("/forsok/" + trial + "/avslutt")
                .with(user(TrialPagesTest.SUPERUSER))
                .with(csrf())
                .exchange();
        assertThat(page(TrialPagesTest.READER, "/forsok/" + trial))
                .contains("Balanse ved randomisering", "Tildelt</strong>", "/analyse\"")
                .doesNotContain("Tall per arm vises ikke");
    }

    private String page(IaverkUser who, String path) {
        MvcTestResult result = mvc.get().uri(path).with(user(who)).exchange();
        assertThat(result).hasStatusOk();
        return TrialPagesTest.html(result);
    }
}
