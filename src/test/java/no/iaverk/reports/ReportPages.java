package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import no.iaverk.security.IaverkUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Reading the report pages in tests: the HTML a user gets, and the same without the whitespace between tags. */
final class ReportPages {

    private ReportPages() {}

    static String page(MockMvcTester mvc, IaverkUser who, String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).with(user(who)).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** So that a table row reads as one string. */
    static String squeezed(String html) {
        return html.replaceAll(">\\s+<", "><").replaceAll("\\s+</", "</").replaceAll(">\\s+", ">");
    }
}
