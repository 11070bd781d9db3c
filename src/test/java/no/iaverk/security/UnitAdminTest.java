package no.iaverk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class UnitAdminTest {

    @Autowired
    NavUnits units;

    @Autowired
    MockMvcTester mvc;

    @AfterEach
    void restore() {
        units.update("OST_VIKEN", "NAV Arbeidslivssenter Øst-Viken", List.of("31", "32"));
        units.update("VEST_VIKEN", "NAV Arbeidslivssenter Vest-Viken", List.of("33"));
    }

    @Test
    void twelve_centres_cover_all_fifteen_counties_once() {
        assertThat(units.all()).hasSize(12);
        assertThat(units.all().stream().flatMap(unit -> unit.countyNumbers().stream()))
                .hasSize(15)
                .doesNotHaveDuplicates();
        assertThat(units.get("TROMS_FINNMARK").countyNumbers()).containsExactly("55", "56");
    }

    @Test
    void a_county_given_to_another_centre_moves_there() {
        units.update("VEST_VIKEN", "NAV Arbeidslivssenter Vest-Viken", List.of("33", "32"));

        assertThat(units.get("VEST_VIKEN").countyNumbers()).containsExactly("32", "33");
        assertThat(units.get("OST_VIKEN").countyNumbers()).containsExactly("31");
    }

    @Test
    void unknown_counties_units_and_empty_names_are_refused() {
        assertThatThrownBy(() -> units.update("OSLO", "Oslo", List.of("99")))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> units.update("OSLO", " ", List.of("03"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> units.update("NOPE", "X", List.of())).isInstanceOf(NotFoundException.class);
        assertThat(units.get("OSLO").countyNumbers()).containsExactly("03");
    }

    @Test
    void an_admin_renames_a_centre_on_the_page() {
        assertThat(mvc.get().uri("/admin/enheter").with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("NAV Arbeidslivssenter Øst-Viken", "Finnmark");

        assertThat(mvc.post()
                        .uri("/admin/enheter/OST_VIKEN")
                        .param("name", "NAV Arbeidslivssenter Østfold og Akershus")
                        .param("counties", "31", "32")
                        .with(user(TestUsers.admin()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(units.get("OST_VIKEN").name()).isEqualTo("NAV Arbeidslivssenter Østfold og Akershus");
    }
}
