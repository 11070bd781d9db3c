package no.iaverk.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a survey found: counts per option, masked below three respondents, and the comparison of a collaboration's
 * needs assessment with its evaluation, theme by theme.
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

    Results(JdbcClient jdbc, Surveys surveys) {
        this.jdbc = jdbc;
        this.surveys = surveys;
    }

    public SurveyResults results(long surveyId) {
        Survey survey = surveys.get(surveyId);
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                select o.option_id, count(*) as n
                from survey_answer a cross join unnest(a.option_ids) as o(option_id)
                where a.survey_id = :id group by o.option_id
                """).param("id", surveyId).query(rs -> {
            counts.put(rs.getLong("option_id"), rs.getLong("n"));
        });
        Map<Long, Long> respondents = new HashMap<>();
        jdbc.sql("select question_id, count(*) as n from survey_answer where survey_id = :id group by question_id")
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
            long answered = respondents.getOrDefault(id, 0L);
            boolean masked = answered < SurveyResults.MINIMUM_RESPONDENTS;
            List<SurveyResults.OptionCount> shown = options.getOrDefault(id, List.of()).stream()
                    .map(o -> masked ? new SurveyResults.OptionCount(o.id(), o.text(), null) : o)
                    .toList();
            questions
                    .computeIfAbsent(rs.getLong("theme_id"), theme -> new ArrayList<>())
                    .add(new SurveyResults.QuestionResult(id, rs.getString("text"), answered, masked, shown));
        });
        List<SurveyResults.Theme> themes = survey.themes().stream()
                .map(theme -> new SurveyResults.Theme(
                        theme.id(), theme.code(), theme.name(), questions.getOrDefault(theme.id(), List.of())))
                .toList();
        long answeredAny = jdbc.sql("select count(distinct session_id) from survey_answer where survey_id = :id")
                .param("id", surveyId)
                .query(Long.class)
                .single();
        return new SurveyResults(surveyId, survey.type(), answeredAny, themes);
    }

    /** The latest completed needs assessment against the latest completed evaluation of the collaboration. */
    public Comparison comparison(long caseId, long collaborationId) {
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
                select t.code, avg(o.score) as mean, count(distinct a.session_id) as respondents
                from survey_answer a
                join bank_question q on q.id = a.question_id and q.scale
                join bank_theme t on t.id = q.theme_id
                cross join unnest(a.option_ids) as chosen(option_id)
                join bank_option o on o.id = chosen.option_id and o.score is not null
                where a.survey_id = :id group by t.code
                """).param("id", surveyId).query(rs -> {
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
