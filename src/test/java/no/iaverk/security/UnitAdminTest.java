package no.iaverk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class UnitAdminTest {

    @Autowired
    NavUnits units;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restore() {
        jdbc.sql("delete from nav_unit where code = 'NORDSJO'").update();
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
    void put_creates_a_unit_with_201_and_a_location_and_changes_an_existing_one_with_200() {
        assertThat(putUnit("admin", "NORDSJO", "NAV Arbeidslivssenter Nordsjøen"))
                .hasStatus(HttpStatus.CREATED)
                .satisfies(result ->
                        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/units/NORDSJO"))
                .bodyJson()
                .extractingPath("$.name")
                .isEqualTo("NAV Arbeidslivssenter Nordsjøen");
        assertThat(putUnit("admin", "NORDSJO", "NAV Arbeidslivssenter Nordsjø"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.name")
                .isEqualTo("NAV Arbeidslivssenter Nordsjø");
        assertThat(units.get("NORDSJO").name()).isEqualTo("NAV Arbeidslivssenter Nordsjø");
        assertThat(mvc.put()
                        .uri("/api/units/OSLO")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"NAV Arbeidslivssenter Oslo\", \"countyNumbers\": [\"03\"]}"))
                .hasStatusOk();
        assertThat(units.get("OSLO").countyNumbers()).containsExactly("03");

        assertThat(putUnit("admin", "x", "For kort")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(putUnit("admin", "lower_case", "Små bokstaver"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Ugyldig enhetskode");
        assertThat(putUnit("superbruker", "NORDSJO", "Ikke admin")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(units.all()).hasSize(13);
    }

    private MvcTestResult putUnit(String user, String code, String name) {
        return mvc.put()
                .uri("/api/units/" + code)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"%s\", \"countyNumbers\": []}".formatted(name))
                .exchange();
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
