package no.iaverk.surveys;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's side, without login: join with the code and get an anonymous session id, get the next unanswered
 * question of the open theme, answer it (and change the answer while the theme is open).
 */
@Service
@Transactional(readOnly = true)
public class Participation {

    /** A participant's way in: the session id, and the survey's code and closing time for the cookie. */
    public record Joined(
            UUID session, String joinCode, @Nullable Instant openUntil) {}

    /** What a participant's request needs to know of the survey and whether the session has joined it: one query. */
    private record Gate(
            long id,
            String joinCode,
            SurveyStatus status,
            @Nullable Instant openUntil,
            boolean joined) {}

    /** Stands in for a missing session: no participant has the all-zero id. */
    private static final UUID NO_SESSION = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Counter answers;

    Participation(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.answers = Counter.builder("iaverk.surveys.answers")
                .description("Answers stored by survey participants (a changed answer counts again)")
                .register(meters);
    }

    /** Joins a survey that takes answers; the random session id is the only thing that ties answers together. */
    @Transactional
    public Joined join(String joinCode) {
        Gate survey = requireOpen(gate(joinCode, null));
        UUID session = UUID.randomUUID();
        jdbc.sql("insert into survey_participant (survey_id, session_id) values (:survey, :session)")
                .param("survey", survey.id())
                .param("session", session)
                .update();
        LiveSignal.changed(jdbc, survey.id());
        return new Joined(session, survey.joinCode(), survey.openUntil());
    }

    /** Whether the session belongs to the survey behind the code. */
    public boolean joined(String joinCode, @Nullable UUID session) {
        return session != null && gate(joinCode, session).joined();
    }

    /** The first question of an open theme the session has not answered; empty when nothing is open or all is done. */
    public Optional<Question> next(String joinCode, UUID session) {
        Gate survey = requireJoined(gate(joinCode, session));
        if (!acceptsAnswers(survey)) {
            return Optional.empty();
        }
        // The question and its options in one query: this runs for every participant between every two answers.
        List<Question> rows = jdbc.sql("""
                select q.id, q.text, q.multiple_choice, o.id as option_id, o.text as option_text
                from (select sq.question_id from survey_question sq
                      join survey_theme st on st.survey_id = sq.survey_id and st.theme_id = sq.theme_id and st.open
                      where sq.survey_id = :survey
                        and not exists (select 1 from survey_answer a where a.survey_id = sq.survey_id
                                        and a.session_id = :session and a.question_id = sq.question_id)
                      order by sq.sort_order limit 1) first
                join bank_question q on q.id = first.question_id
                left join bank_option o on o.question_id = q.id
                order by o.sort_order
                """)
                .param("survey", survey.id())
                .param("session", session)
                .query((rs, row) -> new Question(
                        rs.getLong("id"),
                        rs.getString("text"),
                        rs.getBoolean("multiple_choice"),
                        rs.getObject("option_id") == null
                                ? List.of()
                                : List.of(new Question.Option(rs.getLong("option_id"), rs.getString("option_text")))))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Question first = rows.get(0);
        return Optional.of(new Question(
                first.questionId(),
                first.text(),
                first.multipleChoice(),
                rows.stream().flatMap(row -> row.options().stream()).toList()));
    }

    /** The open themes' questions with the session's answers so far, for the page where answers can be changed. */
    public Map<Question, List<Long>> answered(String joinCode, UUID session) {
        Gate survey = requireJoined(gate(joinCode, session));
        Map<Question, List<Long>> answered = new LinkedHashMap<>();
        jdbc.sql("""
                select q.id, q.text, q.multiple_choice, a.option_ids from survey_question sq
                join survey_theme st on st.survey_id = sq.survey_id and st.theme_id = sq.theme_id and st.open
                join bank_question q on q.id = sq.question_id
                join survey_answer a on a.survey_id = sq.survey_id and a.question_id = sq.question_id
                     and a.session_id = :session
                where sq.survey_id = :survey order by sq.sort_order
                """).param("survey", survey.id()).param("session", session).query(rs -> {
            long id = rs.getLong("id");
            answered.put(
                    new Question(id, rs.getString("text"), rs.getBoolean("multiple_choice"), options(id)),
                    longs(rs.getArray("option_ids")));
        });
        return answered;
    }

    /** Stores (or replaces) the session's answer to a question of an open theme. */
    @Transactional
    public void answer(String joinCode, UUID session, @Nullable Long questionId, @Nullable List<Long> optionIds) {
        Gate survey = requireJoined(requireOpen(gate(joinCode, session)));
        if (questionId == null || optionIds == null || optionIds.isEmpty()) {
            throw new InvalidRequestException("Svaret må ha questionId og minst ett valg i optionIds.");
        }
        record OpenQuestion(boolean multipleChoice, List<Long> options) {}
        OpenQuestion question = jdbc.sql("""
                select q.multiple_choice, array(select o.id from bank_option o where o.question_id = q.id) as options
                from survey_question sq
                join survey_theme st on st.survey_id = sq.survey_id and st.theme_id = sq.theme_id
                join bank_question q on q.id = sq.question_id
                where sq.survey_id = :survey and sq.question_id = :question and st.open
                """)
                .param("survey", survey.id())
                .param("question", questionId)
                .query((rs, row) -> new OpenQuestion(rs.getBoolean("multiple_choice"), longs(rs.getArray("options"))))
                .optional()
                .orElseThrow(() -> new Closed("Spørsmålet er ikke åpent for svar nå."));
        List<Long> chosen = optionIds.stream().distinct().toList();
        if (!question.multipleChoice() && chosen.size() != 1) {
            throw new InvalidRequestException("Velg ett svar på dette spørsmålet.");
        }
        if (!question.options().containsAll(chosen)) {
            throw new InvalidRequestException("Et av valgene hører ikke til spørsmålet.");
        }
        jdbc.sql("""
                insert into survey_answer (survey_id, session_id, question_id, option_ids)
                values (:survey, :session, :question, :options)
                on conflict (survey_id, session_id, question_id) do update set option_ids = excluded.option_ids
                """)
                .param("survey", survey.id())
                .param("session", session)
                .param("question", questionId)
                .param("options", chosen.toArray(Long[]::new))
                .update();
        answers.increment();
        LiveSignal.changed(jdbc, survey.id());
    }

    /** How many have joined and how many answers are in. */
    public record Counts(long participants, long answers) {}

    /**
     * The counts for the host's live view, only while the survey runs with a theme open: between themes and after
     * them the room has nothing to follow, and nothing should change that a reader could tie to one person.
     */
    public Optional<Counts> liveCounts(long surveyId) {
        return jdbc.sql("""
                select (select count(*) from survey_participant where survey_id = s.id) as participants,
                       (select count(*) from survey_answer where survey_id = s.id) as answers
                from survey s
                where s.id = :id and s.status = 'STARTED'
                  and exists (select 1 from survey_theme t where t.survey_id = s.id and t.open)
                """)
                .param("id", surveyId)
                .query((rs, row) -> new Counts(rs.getLong("participants"), rs.getLong("answers")))
                .optional();
    }

    /** The survey behind a code, for the participant's pages: its type and code. */
    public SurveyType type(String joinCode) {
        return jdbc.sql("select type from survey where join_code = :code and status <> 'DELETED'")
                .param("code", normalised(joinCode))
                .query(String.class)
                .optional()
                .map(SurveyType::valueOf)
                .orElseThrow(() -> new UnknownCode(joinCode));
    }

    /** The survey behind the code and whether the session (if any) has joined it: every call needs both. */
    private Gate gate(String joinCode, @Nullable UUID session) {
        return jdbc.sql("""
                        select id, join_code, status, open_until,
                               exists (select 1 from survey_participant p
                                       where p.survey_id = s.id and p.session_id = :session) as joined
                        from survey s where join_code = :code and status <> 'DELETED'
                        """)
                .param("code", normalised(joinCode))
                .param("session", session == null ? NO_SESSION : session)
                .query((rs, row) -> new Gate(
                        rs.getLong("id"),
                        rs.getString("join_code"),
                        SurveyStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("open_until") == null
                                ? null
                                : rs.getTimestamp("open_until").toInstant(),
                        rs.getBoolean("joined")))
                .optional()
                .orElseThrow(() -> new UnknownCode(joinCode));
    }

    private Gate requireOpen(Gate survey) {
        if (!acceptsAnswers(survey)) {
            throw new Closed(
                    survey.status() == SurveyStatus.CREATED
                            ? "Undersøkelsen har ikke startet ennå."
                            : "Undersøkelsen er stengt for svar.");
        }
        return survey;
    }

    /** Started, and its time not yet out. */
    private boolean acceptsAnswers(Gate survey) {
        return survey.status() == SurveyStatus.STARTED
                && survey.openUntil() != null
                && clock.instant().isBefore(survey.openUntil());
    }

    private static Gate requireJoined(Gate survey) {
        if (!survey.joined()) {
            throw new NotJoined();
        }
        return survey;
    }

    private List<Question.Option> options(long questionId) {
        return jdbc.sql("select id, text from bank_option where question_id = :q order by sort_order")
                .param("q", questionId)
                .query((rs, row) -> new Question.Option(rs.getLong("id"), rs.getString("text")))
                .list();
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }

    private static String normalised(String joinCode) {
        return joinCode.trim().toUpperCase(Locale.ROOT);
    }

    static class Closed extends ConflictException {
        Closed(String message) {
            super(message);
        }
    }

    static class UnknownCode extends NotFoundException {
        UnknownCode(String code) {
            super("Fant ingen undersøkelse med koden «" + code + "».");
        }
    }

    /** The session has not joined this survey (no cookie, or another survey's). */
    static class NotJoined extends ForbiddenException {
        NotJoined() {
            super("Bli med i undersøkelsen med koden først.");
        }
    }
}
