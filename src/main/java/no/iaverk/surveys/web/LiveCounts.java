package no.iaverk.surveys.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import no.iaverk.shared.DatabaseNotifications;
import no.iaverk.surveys.LiveSignal;
import no.iaverk.surveys.Participation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes a survey's participant and answer counts to its host pages as server-sent events while a theme is open;
 * otherwise it sends only that nothing is open, and the page hides the counts. Told of changes by PostgreSQL
 * (LISTEN/NOTIFY on {@value LiveSignal#CHANNEL}, see {@link LiveSignal}), so an answer given on any instance reaches the
 * host pages held open on every instance. The changes are gathered and sent at most four times a second, each
 * survey's counts read once for all of this instance's pages that follow it; nothing reads the answers otherwise.
 */
@Component
class LiveCounts {

    private static final long TIMEOUT_MILLIS = 4 * 60 * 60 * 1000L;

    private final Participation participation;
    private final Map<Long, List<SseEmitter>> listeners = new ConcurrentHashMap<>();
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();

    LiveCounts(Participation participation, DatabaseNotifications notifications) {
        this.participation = participation;
        notifications.listen(LiveSignal.CHANNEL, new DatabaseNotifications.Listener() {
            @Override
            public void notified(String payload) {
                changed(payload);
            }

            @Override
            public void reconnected() {
                changed.addAll(listeners.keySet());
            }
        });
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

    private void changed(String payload) {
        try {
            long surveyId = Long.parseLong(payload);
            if (listeners.containsKey(surveyId)) {
                changed.add(surveyId);
            }
        } catch (NumberFormatException e) {
            // Not ours: someone else notified on the channel.
        }
    }

    /** Sends the counts of the surveys that changed since the last time (a look at a set in memory when none did). */
    @Scheduled(fixedDelay = 250)
    void pushChanged() {
        for (Long surveyId : List.copyOf(changed)) {
            changed.remove(surveyId);
            List<SseEmitter> emitters = listeners.get(surveyId);
            if (emitters != null && !emitters.isEmpty()) {
                send(surveyId, emitters);
            }
        }
    }

    /** A comment now and then keeps proxies from closing a quiet stream, and finds the pages that went away. */
    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        listeners.forEach((surveyId, emitters) -> {
            for (SseEmitter emitter : emitters) {
                try {
                    emitter.send(SseEmitter.event().comment("live"));
                } catch (IOException | IllegalStateException e) {
                    emitters.remove(emitter);
                }
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
