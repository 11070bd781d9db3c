package no.iaverk.reference;

import static org.assertj.core.api.Assertions.assertThat;

import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReferenceDataTest {

    @Autowired
    Classification classification;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loads_the_15_counties_and_357_municipalities() {
        assertThat(referenceData.counties()).hasSize(15);
        assertThat(count("municipality")).isEqualTo(357);
    }

    @Test
    void loads_nace_codes_of_both_standards() {
        assertThat(name("SN2007", "88.911")).isEqualTo("Barnehager");
        assertThat(name("SN2025", "85.100")).isNotBlank();
        assertThat(count("nace_code where standard = 'SN2007'")).isGreaterThan(1700);
        assertThat(count("nace_code where standard = 'SN2025'")).isGreaterThan(1700);
        assertThat(jdbc.sql("select level from nace_code where standard = 'SN2007' and code = '88.911'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void the_seven_industry_programmes_ship_with_their_codes() {
        assertThat(referenceData.industryProgrammes())
                .extracting(ReferenceData.IndustryProgramme::code)
                .containsExactly(
                        "BARNEHAGER",
                        "SYKEHJEM",
                        "SYKEHUS",
                        "NARINGSMIDDELINDUSTRI",
                        "BYGG_OG_ANLEGG",
                        "TRANSPORT",
                        "OLJE_OG_GASS_LEVERANDOR");
    }

    @Test
    void sn2007_codes_give_their_programme() {
        assertThat(classification.programmeFor("88.911")).isEqualTo("BARNEHAGER");
        assertThat(classification.programmeFor("86.107")).isEqualTo("SYKEHUS");
        assertThat(classification.programmeFor("87.102")).isEqualTo("SYKEHJEM");
        assertThat(classification.programmeFor("49.312")).isEqualTo("TRANSPORT");
        assertThat(classification.programmeFor("49.100")).isEqualTo("TRANSPORT");
    }

    @Test
    void sn2025_codes_give_their_programme() {
        assertThat(classification.programmeFor("85.100")).isEqualTo("BARNEHAGER");
        assertThat(classification.programmeFor("86.103")).isEqualTo("SYKEHUS");
        assertThat(classification.programmeFor("87.106")).isEqualTo("SYKEHJEM");
        assertThat(classification.programmeFor("49.330")).isEqualTo("TRANSPORT");
    }

    @Test
    void whole_industries_map_by_their_two_digits() {
        assertThat(classification.programmeFor("10.110")).isEqualTo("NARINGSMIDDELINDUSTRI");
        assertThat(classification.programmeFor("10.920")).isEqualTo("NARINGSMIDDELINDUSTRI");
        assertThat(classification.programmeFor("41.200")).isEqualTo("BYGG_OG_ANLEGG");
        assertThat(classification.programmeFor("42.990")).isEqualTo("BYGG_OG_ANLEGG");
    }

    @Test
    void other_codes_and_nothing_give_no_programme() {
        assertThat(classification.programmeFor("86.211")).isNull(); // general practice: not a hospital
        assertThat(classification.programmeFor("49.200")).isNull(); // rail freight
        assertThat(classification.programmeFor("43.210")).isNull(); // specialised construction is not in Bygg og anlegg
        assertThat(classification.programmeFor("06.100")).isNull(); // oil and gas suppliers are assigned by hand
        assertThat(classification.programmeFor(null)).isNull();
    }

    @Test
    void institutional_sector_codes_map_to_state_municipal_or_business() {
        assertThat(classification.sectorFor("6100")).isEqualTo(1);
        assertThat(classification.sectorFor("3100")).isEqualTo(1); // Norges Bank counts as state, as NAV maps it
        assertThat(classification.sectorFor("3900")).isEqualTo(1);
        assertThat(classification.sectorFor("6500")).isEqualTo(2);
        assertThat(classification.sectorFor("2100")).isEqualTo(3);
        assertThat(classification.sectorFor("1120")).isEqualTo(3); // state-owned companies count as business
        assertThat(classification.sectorFor("1520")).isEqualTo(3);
        assertThat(classification.sectorFor("8200")).isEqualTo(3);
        assertThat(classification.sectorFor("9999")).isEqualTo(3);
        assertThat(classification.sectorFor(null)).isNull();
    }

    @Test
    void every_municipality_change_points_at_a_current_municipality_with_the_same_name() {
        assertThat(count("municipality_change")).isGreaterThan(100);
        assertThat(count("municipality_change c join municipality m on m.number = c.new_number"
                        + " where m.name_norwegian <> c.old_name"))
                .isZero();
    }

    private long count(String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }

    private String name(String standard, String code) {
        return jdbc.sql("select name from nace_code where standard = :s and code = :c")
                .param("s", standard)
                .param("c", code)
                .query(String.class)
                .single();
    }
}
