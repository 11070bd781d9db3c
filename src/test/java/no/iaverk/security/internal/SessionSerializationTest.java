package no.iaverk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.FlashMap;

/** Session attributes as they go into spring_session_attributes and come back. */
class SessionSerializationTest {

    /** A page's form record, as pages flash them across a redirect: not Serializable. */
    record Form(String name, LocalDate start, BigDecimal hours, List<String> services) {}

    @Test
    void a_flashed_form_record_that_is_not_serializable_comes_back_the_same() {
        FlashMap flash = new FlashMap();
        flash.put("problem", "Sluttdato må være etter startdato.");
        flash.put("form", new Form("Barnehagen", LocalDate.of(2026, 12, 1), new BigDecimal("1.5"), List.of("A", "B")));
        List<FlashMap> flashMaps = new ArrayList<>(List.of(flash));

        Object back = SessionSerialization.read(
                SessionSerialization.write(flashMaps), getClass().getClassLoader());

        assertThat(back).isEqualTo(flashMaps);
        FlashMap read = ((List<FlashMap>) back).get(0);
        assertThat(read.get("form"))
                .isEqualTo(new Form("Barnehagen", LocalDate.of(2026, 12, 1), new BigDecimal("1.5"), List.of("A", "B")));
    }

    @Test
    void the_logged_in_user_is_serialized_as_java_serializes_it() {
        var user = TestUsers.of("saksbehandler", Role.CASEWORKER);

        Object back = SessionSerialization.read(
                SessionSerialization.write(user), getClass().getClassLoader());

        assertThat(back).isEqualTo(user);
        assertThat(((no.iaverk.security.IaverkUser) back).currentUser())
                .isEqualTo(new CurrentUser("saksbehandler", "saksbehandler", Role.CASEWORKER, "VESTLAND"));
    }
}
