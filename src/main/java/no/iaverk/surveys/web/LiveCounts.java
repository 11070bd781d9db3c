package no.iaverk.surveys.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import no.iaverk.surveys.Participation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes a survey's participant and answer counts to its host pages once a second, as server-sent events, while a theme
 * is open; otherwise it sends only that nothing is open, and the page hides the counts.
 */
@Component
class LiveCounts {

    private static final long TIMEOUT_MILLIS = 4 * 60 * 60 * 1000L;

    private final Participation participation;
    private final Map<Long, List<SseEmitter>> listeners = new ConcurrentHashMap<>();

    LiveCounts(Participation participation) {
        this.participation = participation;
    }

    SseEmitter subscribe(long surveyId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        List<SseEmitter> list = listeners.computeIfAbsent(surveyId, id -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(surveyId, List.of(emitter));
        return emitter;
    }

    @Scheduled(fixedDelay = 1000)
    void push() {
        listeners.forEach((surveyId, emitters) -> {
            if (!emitters.isEmpty()) {
                send(surveyId, emitters);
            }
        });
    }

    private void send(long surveyId, List<SseEmitter> emitters) {
        String data = participation
                .liveCounts(surveyId)
                .map(counts -> "{\"open\":true,\"participants\":%d,\"answers\":%d}"
                        .formatted(counts.participants(), counts.answers()))
                .orElse("{\"open\":false}");
        for (SseEmitter emitter : emitters) {
            try {
                emitter.send(SseEmitter.event().name("counts").data(data));
            } catch (IOException | IllegalStateException e) {
                emitters.remove(emitter);
            }
        }
    }
}
