package no.iaverk.security.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final boolean demoUsers;

    LoginController(@Value("${iaverk.embedded.active:false}") boolean demoUsers) {
        this.demoUsers = demoUsers;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoUsers", demoUsers ? SecuritySeed.DEMO_USERS : java.util.List.of());
        model.addAttribute("demoPassword", SecuritySeed.DEMO_PASSWORD);
        return "security/login";
    }
}
