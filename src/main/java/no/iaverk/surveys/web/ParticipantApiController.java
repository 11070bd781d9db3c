package no.iaverk.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import no.iaverk.surveys.Participation;
import no.iaverk.surveys.Question;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The participant's JSON calls, without login. They take JSON only, which a cross-site form cannot send, so they need
 * no CSRF token; no CORS is allowed.
 */
@RestController
class ParticipantApiController {

    record Answer(@Nullable Long questionId, @Nullable List<Long> optionIds) {}

    private final Participation participation;

    ParticipantApiController(Participation participation) {
        this.participation = participation;
    }

    @PostMapping(path = "/s/{joinCode}/join", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> join(@PathVariable String joinCode, HttpServletResponse response) {
        Participation.Joined joined = participation.join(joinCode);
        ParticipantSession.set(response, joined);
        return Map.of("joined", true, "joinCode", joined.joinCode());
    }

    @GetMapping(path = "/s/{joinCode}/next", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Question> next(@PathVariable String joinCode, HttpServletRequest request) {
        return participation
                .next(joinCode, ParticipantSession.orNone(request))
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping(path = "/s/{joinCode}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> answer(@PathVariable String joinCode, @RequestBody Answer answer, HttpServletRequest request) {
        participation.answer(joinCode, ParticipantSession.orNone(request), answer.questionId(), answer.optionIds());
        return ResponseEntity.noContent().build();
    }
}
