package no.iaverk.security.internal;

import java.util.Map;
import java.util.stream.Collectors;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@ConditionalOnWebApplication // commands run without a web server and without the OpenID Connect logins
@Controller
class LoginController {

    private final boolean demoUsers;
    private final NavUnits units;
    private final OidcLogins oidc;

    LoginController(@Value("${iaverk.embedded.active:false}") boolean demoUsers, NavUnits units, OidcLogins oidc) {
        this.demoUsers = demoUsers;
        this.units = units;
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoUsers", demoUsers ? SecuritySeed.DEMO_USERS : java.util.List.of());
        // The unit's name, not its code: «NAV Arbeidslivssenter Vestland», not «VESTLAND».
        model.addAttribute(
                "unitNames",
                demoUsers ? units.all().stream().collect(Collectors.toMap(NavUnit::code, NavUnit::name)) : Map.of());
        model.addAttribute("demoPassword", SecuritySeed.DEMO_PASSWORD);
        // "Logg inn med ID-porten" and the like, one link per configured OpenID Connect provider.
        // A map (path → message key): the page reads no internal types.
        model.addAttribute(
                "oidcLogins",
                oidc.all().stream()
                        .collect(Collectors.toMap(
                                OidcLogins.Login::path,
                                OidcLogins.Login::labelKey,
                                (first, second) -> first,
                                java.util.LinkedHashMap::new)));
        return "security/login";
    }
}
