package no.iaverk.demo.internal;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import no.iaverk.security.CurrentUser;
import no.iaverk.surveys.Participation;
import no.iaverk.surveys.Question;
import no.iaverk.surveys.Survey;
import no.iaverk.surveys.SurveyType;
import no.iaverk.surveys.Surveys;
import org.springframework.stereotype.Component;

/**
 * Demo surveys answered by demo participants through the participation service, theme by theme as in a meeting room:
 * a needs assessment where the answers lean towards disagreement, and an evaluation where they lean towards agreement,
 * so the before/after comparison has something to show.
 */
@Component
class DemoSurveys {

    static final int PARTICIPANTS = 8;

    private final Surveys surveys;
    private final Participation participation;

    DemoSurveys(Surveys surveys, Participation participation) {
        this.surveys = surveys;
        this.participation = participation;
    }

    /** Returns the completed survey, answered by {@value #PARTICIPANTS} participants. */
    Survey answered(long caseId, long collaborationId, SurveyType type, CurrentUser host, long seed) {
        Survey survey = surveys.create(caseId, collaborationId, type, host);
        surveys.start(survey.id(), host);
        var random = new SplittableRandom(seed);
        List<UUID> sessions = IntStream.range(0, PARTICIPANTS)
                .mapToObj(i -> participation.join(survey.joinCode()).session())
                .toList();
        for (Survey.Theme theme : survey.themes()) {
            surveys.openTheme(survey.id(), theme.id(), host);
            for (UUID session : sessions) {
                for (Optional<Question> next = participation.next(survey.joinCode(), session);
                        next.isPresent();
                        next = participation.next(survey.joinCode(), session)) {
                    Question question = next.get();
                    participation.answer(
                            survey.joinCode(),
                            session,
                            question.questionId(),
                            List.of(question.options()
                                    .get(option(question, type, random))
                                    .id()));
                }
            }
        }
        return surveys.complete(survey.id(), host);
    }

    /** On an agreement scale (agree first) a needs assessment leans to the disagreeing end, an evaluation the other. */
    private static int option(Question question, SurveyType type, SplittableRandom random) {
        int choices = question.options().size();
        if (choices != 6) {
            return random.nextInt(choices);
        }
        int leaning = random.nextInt(3);
        return type == SurveyType.EVALUATION ? leaning : 2 + leaning;
    }
}
