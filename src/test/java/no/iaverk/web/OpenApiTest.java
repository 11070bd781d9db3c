package no.iaverk.web;

import static org.assertj.core.api.Assertions.assertThat;

import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class OpenApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void the_api_is_described_by_openapi_without_login() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("\"openapi\"", "/api/enterprises/{orgNumber}", "/api/register/imports", "/api/units");
    }

    @Test
    void the_health_endpoint_is_public() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }
}
