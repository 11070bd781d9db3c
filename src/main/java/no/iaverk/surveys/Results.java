package no.iaverk.surveys;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.iaverk.cases.Cases;
import no.iaverk.cases.OwningUnit;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.ForbiddenException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a survey found: counts per option of the closed themes, masked below three respondents, and the comparison of a
 * collaboration's completed needs assessment with its completed evaluation, theme by theme. Both are for the users of
 * the unit that owns the case.
 */
@Service
@Transactional(readOnly = true)
public class Results {

    /**
     * One theme in the comparison: the mean agreement (1–5, "don't know" left out) and the respondents in each
     * survey; a side is null when that survey has no such theme, or fewer than three answered its scale questions.
     */
    public record ThemeComparison(
            String code,
            String name,
            @Nullable Double needsAssessment,
            long needsAssessmentRespondents,
            @Nullable Double evaluation,
            long evaluationRespondents) {}

    public record Comparison(
            @Nullable Long needsAssessmentId, @Nullable Long evaluationId, List<ThemeComparison> themes) {}

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final Cases cases;
    private final OwningUnit owningUnit;
    private final Clock clock;

    Results(JdbcClient jdbc, Surveys surveys, Cases cases, OwningUnit owningUnit, Clock clock) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.cases = cases;
        this.owningUnit = owningUnit;
        this.clock = clock;
    }

    /** The survey's results, theme by theme as the themes close, for the users of the case's unit. */
    public SurveyResults results(long surveyId, CurrentUser user) {
        Survey survey = surveys.get(surveyId);
        requireOwnUnit(survey.caseId(), user);
        boolean ended = survey.status() == SurveyStatus.COMPLETED
                || (survey.status() == SurveyStatus.STARTED
                        && survey.openUntil() != null
                        && !clock.instant().isBefore(survey.openUntil()));
        Set<Long> shown = survey.themes().stream()
                .filter(theme -> ended || theme.closed())
                .map(Survey.Theme::id)
                .collect(Collectors.toSet());
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                select o.option_id, count(*) as n
                from %s a cross join unnest(a.option_ids) as o(option_id)
                where a.survey_id = :id group by o.option_id
                """.formatted(SealedAnswers.ALL)).param("id", surveyId).query(rs -> {
            counts.put(rs.getLong("option_id"), rs.getLong("n"));
        });
        Map<Long, Long> respondents = new HashMap<>();
        jdbc.sql("select question_id, count(*) as n from %s a where a.survey_id = :id group by question_id"
                        .formatted(SealedAnswers.ALL))
                .param("id", surveyId)
                .query(rs -> {
                    respondents.put(rs.getLong("question_id"), rs.getLong("n"));
                });
        Map<Long, List<SurveyResults.QuestionResult>> questions = new LinkedHashMap<>();
        Map<Long, List<SurveyResults.OptionCount>> options = options(surveyId, counts);
        jdbc.sql("""
                select sq.theme_id, q.id, q.text from survey_question sq join bank_question q on q.id = sq.question_id
                where sq.survey_id = :id order by sq.sort_order
                """).param("id", surveyId).query(rs -> {
            long id = rs.getLong("id");
            boolean available = shown.contains(rs.getLong("theme_id"));
            long answered = respondents.getOrDefault(id, 0L);
            boolean masked = available && answered < SurveyResults.MINIMUM_RESPONDENTS;
            List<SurveyResults.OptionCount> listed = options.getOrDefault(id, List.of()).stream()
                    .map(o -> available && !masked ? o : new SurveyResults.OptionCount(o.id(), o.text(), null))
                    .toList();
            questions
                    .computeIfAbsent(rs.getLong("theme_id"), theme -> new ArrayList<>())
                    .add(new SurveyResults.QuestionResult(
                            id, rs.getString("text"), available, available ? answered : null, masked, listed));
        });
        List<SurveyResults.Theme> themes = survey.themes().stream()
                .map(theme -> new SurveyResults.Theme(
                        theme.id(),
                        theme.code(),
                        theme.name(),
                        shown.contains(theme.id()),
                        shown.contains(theme.id()) ? null : notYet(theme),
                        questions.getOrDefault(theme.id(), List.of())))
                .toList();
        long answeredAny = jdbc.sql("""
                select count(distinct a.respondent) from %s a
                join survey_question sq on sq.survey_id = a.survey_id and sq.question_id = a.question_id
                where a.survey_id = :id and sq.theme_id = any(:themes)
                """.formatted(SealedAnswers.ALL))
                .param("id", surveyId)
                .param("themes", shown.toArray(Long[]::new))
                .query(Long.class)
                .single();
        return new SurveyResults(surveyId, survey.type(), answeredAny, themes);
    }

    private static String notYet(Survey.Theme theme) {
        return theme.open()
                ? "Temaet er åpent for svar. Resultatene vises når det er lukket."
                : "Temaet er ikke åpnet ennå. Resultatene vises når det har vært åpent og er lukket.";
    }

    /** Results are for the users of the unit that owns the case (reading the case itself is national). */
    private void requireOwnUnit(long caseId, CurrentUser user) {
        String unit = cases.get(caseId).unitCode();
        if (!owningUnit.isMember(unit, user)) {
            throw new ForbiddenException(
                    "Resultatene av undersøkelser er bare for brukere i enheten som eier saken (%s)."
                            .formatted(owningUnit.name(unit)));
        }
    }

    /** The latest completed needs assessment against the latest completed evaluation of the collaboration. */
    public Comparison comparison(long caseId, long collaborationId, CurrentUser user) {
        requireOwnUnit(caseId, user);
        List<Survey> all = surveys.forCollaboration(caseId, collaborationId);
        Long needs = latest(all, SurveyType.NEEDS_ASSESSMENT);
        Long evaluation = latest(all, SurveyType.EVALUATION);
        Map<String, double[]> before = themeScores(needs);
        Map<String, double[]> after = themeScores(evaluation);
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                select code, min(name) as name from bank_theme where bank_version = :version
                group by code order by min(sort_order)
                """).param("version", Surveys.BANK_VERSION).query(rs -> {
            names.put(rs.getString("code"), rs.getString("name"));
        });
        List<ThemeComparison> themes = new ArrayList<>();
        names.forEach((code, name) -> {
            if (before.containsKey(code) || after.containsKey(code)) {
                double[] b = before.getOrDefault(code, new double[] {0, 0});
                double[] a = after.getOrDefault(code, new double[] {0, 0});
                themes.add(new ThemeComparison(code, name, shown(b), (long) b[1], shown(a), (long) a[1]));
            }
        });
        return new Comparison(needs, evaluation, themes);
    }

    private static @Nullable Double shown(double[] score) {
        return score[1] < SurveyResults.MINIMUM_RESPONDENTS ? null : Math.round(score[0] * 100) / 100.0;
    }

    /** Per theme code: the mean score on its scale questions and how many sessions gave a scored answer. */
    private Map<String, double[]> themeScores(@Nullable Long surveyId) {
        Map<String, double[]> scores = new HashMap<>();
        if (surveyId == null) {
            return scores;
        }
        jdbc.sql("""
                select t.code, avg(o.score) as mean, count(distinct a.respondent) as respondents
                from %s a
                join bank_question q on q.id = a.question_id and q.scale
                join bank_theme t on t.id = q.theme_id
                cross join unnest(a.option_ids) as chosen(option_id)
                join bank_option o on o.id = chosen.option_id and o.score is not null
                where a.survey_id = :id group by t.code
                """.formatted(SealedAnswers.ALL)).param("id", surveyId).query(rs -> {
            scores.put(rs.getString("code"), new double[] {rs.getDouble("mean"), rs.getLong("respondents")});
        });
        return scores;
    }

    private static @Nullable Long latest(List<Survey> surveys, SurveyType type) {
        return surveys.stream()
                .filter(s -> s.type() == type && s.status() == SurveyStatus.COMPLETED)
                .map(Survey::id)
                .reduce((first, second) -> second)
                .orElse(null);
    }

    private Map<Long, List<SurveyResults.OptionCount>> options(long surveyId, Map<Long, Long> counts) {
        Map<Long, List<SurveyResults.OptionCount>> options = new HashMap<>();
        jdbc.sql("""
                select o.question_id, o.id, o.text from bank_option o
                join survey_question sq on sq.question_id = o.question_id and sq.survey_id = :id
                order by o.question_id, o.sort_order
                """).param("id", surveyId).query(rs -> {
            long id = rs.getLong("id");
            options.computeIfAbsent(rs.getLong("question_id"), q -> new ArrayList<>())
                    .add(new SurveyResults.OptionCount(id, rs.getString("text"), counts.getOrDefault(id, 0L)));
        });
        return options;
    }
}
