package no.iaverk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.util.concurrent.atomic.AtomicLong;
import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Anyone may post to a survey's participant endpoints, so their bodies are capped (8 KB) before anything parses them:
 * 413 for too large (declared or streamed), 400 for malformed JSON.
 */
@IntegrationTest
class AnonymousRequestLimitTest {

    static final long HUGE = 95L << 20; // 95 MB

    @Autowired
    MockMvcTester mvc;

    @Test
    void a_body_declared_larger_than_the_limit_is_refused_with_413_without_reading_it() {
        AtomicLong read = new AtomicLong();

        assertThat(mvc.post()
                        .uri("/s/XXXX/answers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(body(HUGE, HUGE, read)))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("for stor");
        assertThat(read.get()).isZero();
    }

    @Test
    void a_streamed_body_of_unknown_length_is_read_only_up_to_the_limit() {
        AtomicLong read = new AtomicLong();

        assertThat(mvc.post()
                        .uri("/s/XXXX/answers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Transfer-Encoding", "chunked")
                        .with(body(-1, HUGE, read)))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(read.get()).isLessThanOrEqualTo(8 * 1024 + 1);
    }

    @Test
    void the_join_call_and_the_page_forms_are_capped_too() {
        assertThat(mvc.post()
                        .uri("/s/XXXX/join")
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(body(HUGE, HUGE, new AtomicLong())))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(mvc.post()
                        .uri("/s/XXXX/answers")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .accept(MediaType.TEXT_HTML)
                        .with(body(HUGE, HUGE, new AtomicLong())))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void malformed_json_is_400_and_a_small_body_reaches_the_survey_which_answers_for_the_code() {
        assertThat(mvc.post()
                        .uri("/s/XXXX/answers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"questionId\": "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post()
                        .uri("/s/XXXX/answers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Transfer-Encoding", "chunked")
                        .content("{\"questionId\": 1, \"optionIds\": [2]}"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    /**
     * A body of {@code available} bytes of JSON-ish filler, produced as it is read (never held in memory), with
     * {@code declared} as its length (-1: unknown, as when chunked); {@code read} counts what the server read.
     */
    private static RequestPostProcessor body(long declared, long available, AtomicLong read) {
        return request -> {
            var streamed =
                    new MockHttpServletRequest(
                            request.getServletContext(), request.getMethod(), request.getRequestURI()) {
                        @Override
                        public ServletInputStream getInputStream() {
                            return new ServletInputStream() {
                                @Override
                                public int read() {
                                    if (read.get() >= available) {
                                        return -1;
                                    }
                                    read.incrementAndGet();
                                    return read.get() == 1 ? '[' : ' ';
                                }

                                @Override
                                public boolean isFinished() {
                                    return read.get() >= available;
                                }

                                @Override
                                public boolean isReady() {
                                    return true;
                                }

                                @Override
                                public void setReadListener(ReadListener listener) {}
                            };
                        }

                        @Override
                        public int getContentLength() {
                            return (int) Math.min(declared, Integer.MAX_VALUE);
                        }

                        @Override
                        public long getContentLengthLong() {
                            return declared;
                        }
                    };
            streamed.setContentType(request.getContentType());
            request.getHeaderNames()
                    .asIterator()
                    .forEachRemaining(name -> request.getHeaders(name)
                            .asIterator()
                            .forEachRemaining(value -> streamed.addHeader(name, value)));
            if (declared < 0) {
                streamed.addHeader("Transfer-Encoding", "chunked");
            }
            return streamed;
        };
    }
}
