package no.iaverk.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.iaverk.reference.MunicipalityResolver.Method;
import no.iaverk.reference.MunicipalityResolver.Municipality;
import no.iaverk.reference.MunicipalityResolver.Resolution;
import org.junit.jupiter.api.Test;

class MunicipalityResolverTest {

    private final MunicipalityResolver resolver = new MunicipalityResolver(
            List.of(
                    new Municipality("3101", "Halden", "Halden"),
                    new Municipality("3228", "Nes", "Nes"),
                    new Municipality("1515", "Herøy (Møre og Romsdal)", "Herøy (Møre og Romsdal)"),
                    new Municipality("1818", "Herøy (Nordland)", "Herøy (Nordland)"),
                    new Municipality("5540", "Gáivuotna", "Kåfjord")),
            Map.of("3001", "3101"),
            Map.of("30", List.of("31", "32", "33"), "54", List.of("55", "56"), "15", List.of("15")));

    @Test
    void a_current_number_stays() {
        assertThat(resolver.resolve("3101", "HALDEN")).isEqualTo(new Resolution("3101", Method.CURRENT));
    }

    @Test
    void a_number_from_before_the_reform_goes_through_the_change_table() {
        assertThat(resolver.resolve("3001", "HALDEN")).isEqualTo(new Resolution("3101", Method.CHANGED));
    }

    @Test
    void an_unknown_old_number_is_matched_by_name_within_the_counties_that_took_over_its_county() {
        assertThat(resolver.resolve("3034", "NES")).isEqualTo(new Resolution("3228", Method.BY_NAME));
        assertThat(resolver.resolve("5426", "KÅFJORD")).isEqualTo(new Resolution("5540", Method.BY_NAME));
    }

    @Test
    void a_name_with_a_county_qualifier_matches_the_bare_name_in_the_right_county() {
        assertThat(resolver.resolve("1512", "HERØY")).isEqualTo(new Resolution("1515", Method.BY_NAME));
    }

    @Test
    void a_name_from_another_county_is_not_a_match() {
        assertThat(resolver.resolve("5499", "HALDEN")).isEqualTo(new Resolution(null, Method.UNMAPPED));
    }

    @Test
    void an_unknown_number_without_a_name_is_unmapped_and_a_missing_number_is_missing() {
        assertThat(resolver.resolve("9999", null).method()).isEqualTo(Method.UNMAPPED);
        assertThat(resolver.resolve(" ", "OSLO").method()).isEqualTo(Method.MISSING);
        assertThat(resolver.resolve(null, null).method()).isEqualTo(Method.MISSING);
    }
}
