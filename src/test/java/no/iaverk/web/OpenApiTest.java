package no.iaverk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import no.iaverk.IntegrationTest;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class OpenApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void the_api_description_is_for_logged_in_people_only() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/v3/api-docs/swagger-config")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/swagger-ui.html"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void the_api_is_described_by_openapi_with_basic_or_a_page_session() {
        assertThat(mvc.get().uri("/v3/api-docs").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyText()
                .contains("\"openapi\"", "/api/enterprises/{orgNumber}", "/api/register/imports", "/api/units");
        // Swagger UI reads it with the session of the logged-in page.
        assertThat(mvc.get().uri("/v3/api-docs").with(user(TestUsers.reader()))).hasStatusOk();
    }

    @Test
    void the_health_endpoint_is_public() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }
}
