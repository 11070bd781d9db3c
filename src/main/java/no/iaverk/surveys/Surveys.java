package no.iaverk.surveys;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaborations;
import no.iaverk.cases.IaCase;
import no.iaverk.cases.OwningUnit;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates survey runs on a collaboration from the question bank and takes them through their states. */
@Service
@Transactional(readOnly = true)
public class Surveys {

    static final int BANK_VERSION = 1;
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Collaborations collaborations;
    private final OwningUnit owningUnit;
    private final SealedAnswers sealed;
    private final Clock clock;
    private final Duration openFor;

    Surveys(
            JdbcClient jdbc,
            Cases cases,
            Collaborations collaborations,
            OwningUnit owningUnit,
            SealedAnswers sealed,
            Clock clock,
            @Value("${iaverk.surveys.open-for:PT24H}") Duration openFor) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.collaborations = collaborations;
        this.owningUnit = owningUnit;
        this.sealed = sealed;
        this.clock = clock;
        this.openFor = openFor;
    }

    /**
     * A needs assessment asks every active needs-assessment theme; an evaluation asks about what the plan includes,
     * and always the way forward, and is refused while the plan is empty.
     */
    @Transactional
    public Survey create(long caseId, long collaborationId, SurveyType type, CurrentUser user) {
        if (type == null) {
            throw new InvalidRequestException("Oppgi type: NEEDS_ASSESSMENT eller EVALUATION.");
        }
        Collaboration collaboration = workable(caseId, collaborationId, user);
        if (!collaboration.active()) {
            throw new Refused("Samarbeidet er avsluttet.");
        }
        Set<String> planned = collaboration.plan().stream()
                .filter(Collaboration.PlanItem::included)
                .map(Collaboration.PlanItem::serviceCode)
                .collect(Collectors.toSet());
        if (type == SurveyType.EVALUATION && planned.isEmpty()) {
            throw new Refused("Kan ikke lage en evaluering av en tom plan. Ta med temaer i planen først.");
        }
        long id = insert(caseId, collaborationId, type, user);
        jdbc.sql("""
                insert into survey_question (survey_id, question_id, theme_id, sort_order)
                select :id, q.id, t.id, row_number() over (order by t.sort_order, q.sort_order)
                from bank_question q join bank_theme t on t.id = q.theme_id
                where t.bank_version = :version and t.kind = :kind and t.active
                  and (:kind = 'NEEDS_ASSESSMENT' or t.mandatory or q.service_code = any(:planned))
                """)
                .param("id", id)
                .param("version", BANK_VERSION)
                .param("kind", type.name())
                .param("planned", planned.toArray(String[]::new))
                .update();
        jdbc.sql("""
                insert into survey_theme (survey_id, theme_id, sort_order)
                select :id, t.id, t.sort_order from bank_theme t
                where t.id in (select theme_id from survey_question where survey_id = :id)
                """).param("id", id).update();
        return get(id);
    }

    /** Whether {@link #create} would let the user make a survey in the collaboration, for the pages to offer it. */
    public boolean mayCreate(long caseId, long collaborationId, CurrentUser user) {
        try {
            return workable(caseId, collaborationId, user).active();
        } catch (ForbiddenException refused) {
            return false;
        }
    }

    @Transactional
    public Survey start(long id, CurrentUser user) {
        Survey survey = hosted(id, user);
        requireStatus(survey, SurveyStatus.CREATED, "startes");
        jdbc.sql("update survey set status = 'STARTED', started_at = :now, open_until = :until where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("until", Timestamp.from(clock.instant().plus(openFor)))
                .param("id", id)
                .update();
        LiveSignal.changed(jdbc, id);
        return get(id);
    }

    /**
     * Opens a theme for answers; the one open before closes, so the room works through one theme at a time. A closed
     * theme stays closed: its results may have been read, and reopening it would show the next answer's choice.
     */
    @Transactional
    public Survey openTheme(long id, long themeId, CurrentUser user) {
        Survey survey = running(hosted(id, user));
        Survey.Theme theme = theme(survey, themeId);
        if (theme.closed()) {
            throw new Refused("Temaet «%s» er lukket og kan ikke åpnes igjen.".formatted(theme.name()));
        }
        jdbc.sql("""
                update survey_theme set closed = closed or open, open = (theme_id = :theme) where survey_id = :id
                """).param("theme", themeId).param("id", id).update();
        LiveSignal.changed(jdbc, id);
        return get(id);
    }

    /** Closes the open theme for good; its results can then be shown. */
    @Transactional
    public Survey closeTheme(long id, long themeId, CurrentUser user) {
        Survey survey = running(hosted(id, user));
        Survey.Theme theme = theme(survey, themeId);
        if (!theme.open()) {
            throw new Refused("Temaet «%s» er ikke åpent.".formatted(theme.name()));
        }
        jdbc.sql("update survey_theme set open = false, closed = true where survey_id = :id and theme_id = :theme")
                .param("theme", themeId)
                .param("id", id)
                .update();
        LiveSignal.changed(jdbc, id);
        return get(id);
    }

    /** Completes the survey: every theme closes, and the answers are sealed (see {@link SealedAnswers}). */
    @Transactional
    public Survey complete(long id, CurrentUser user) {
        long[] ids = header(id);
        workable(ids[0], ids[1], user);
        sealed.lock();
        requireStatus(get(id), SurveyStatus.STARTED, "fullføres");
        finish(List.of(id), clock.instant());
        return get(id);
    }

    /**
     * Completes the started surveys whose time ran out (at the time it ran out) and seals their answers. Run by
     * {@code iaverk.surveys.expiry-check}; returns how many.
     */
    @Transactional
    public int completeExpired(Instant now) {
        if (expired(now).isEmpty()) {
            return 0; // the common case, without taking the lock
        }
        sealed.lock();
        List<Long> expired = expired(now);
        if (!expired.isEmpty()) {
            jdbc.sql("update survey set completed_at = open_until where id in (:ids)")
                    .param("ids", expired)
                    .update();
            finish(expired, null);
        }
        return expired.size();
    }

    private List<Long> expired(Instant now) {
        return jdbc.sql("select id from survey where status = 'STARTED' and open_until <= :now order by id")
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    private void finish(List<Long> ids, @Nullable Instant at) {
        jdbc.sql("""
                update survey set status = 'COMPLETED', completed_at = coalesce(cast(:at as timestamptz), completed_at) where id in (:ids)
                """)
                .param("at", at == null ? null : Timestamp.from(at))
                .param("ids", ids)
                .update();
        jdbc.sql("update survey_theme set open = false, closed = true where survey_id in (:ids)")
                .param("ids", ids)
                .update();
        sealed.seal(ids);
        ids.forEach(id -> LiveSignal.changed(jdbc, id));
    }

    /** A survey nobody has answered can be deleted; one with answers is kept. */
    @Transactional
    public Survey delete(long id, CurrentUser user) {
        Survey survey = hosted(id, user);
        if (survey.status() == SurveyStatus.DELETED) {
            throw new Refused("Undersøkelsen er allerede slettet.");
        }
        if (survey.answered()) {
            throw new Refused("Undersøkelsen har svar og kan ikke slettes.");
        }
        jdbc.sql("update survey set status = 'DELETED' where id = :id")
                .param("id", id)
                .update();
        jdbc.sql("update survey_theme set open = false where survey_id = :id")
                .param("id", id)
                .update();
        LiveSignal.changed(jdbc, id);
        return get(id);
    }

    /** The enterprise a survey is about; for naming it in the audit log of a read. */
    public String orgNumberOf(long id) {
        Long caseId = jdbc.sql("select case_id from survey where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new SurveyNotFound(id));
        return cases.orgNumberOf(caseId);
    }

    public Survey get(long id) {
        return SurveyRows.find(jdbc, id).orElseThrow(() -> new SurveyNotFound(id));
    }

    public List<Survey> forCollaboration(long caseId, long collaborationId) {
        collaborations.get(caseId, collaborationId);
        return jdbc
                .sql("select id from survey where collaboration_id = :c and status <> 'DELETED' order by id")
                .param("c", collaborationId)
                .query(Long.class)
                .list()
                .stream()
                .map(this::get)
                .toList();
    }

    private long insert(long caseId, long collaborationId, SurveyType type, CurrentUser user) {
        for (int attempt = 0; ; attempt++) {
            try {
                return jdbc.sql("""
                        insert into survey (case_id, collaboration_id, type, status, join_code, bank_version,
                                            created_by, created_at)
                        values (:caseId, :collaborationId, :type, 'CREATED', :code, :version, :by, :now)
                        returning id
                        """)
                        .param("caseId", caseId)
                        .param("collaborationId", collaborationId)
                        .param("type", type.name())
                        .param("code", joinCode())
                        .param("version", BANK_VERSION)
                        .param("by", user.username())
                        .param("now", Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single();
            } catch (DuplicateKeyException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Six letters and digits that cannot be mistaken for each other on a projector. */
    private static String joinCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    /** The case and collaboration of a survey, read without touching its answers. */
    private long[] header(long id) {
        return jdbc.sql("select case_id, collaboration_id from survey where id = :id")
                .param("id", id)
                .query((rs, row) -> new long[] {rs.getLong("case_id"), rs.getLong("collaboration_id")})
                .optional()
                .orElseThrow(() -> new SurveyNotFound(id));
    }

    /** A collaboration of a case of the user's unit that the user owns or follows. */
    private Collaboration workable(long caseId, long collaborationId, CurrentUser user) {
        IaCase iaCase = cases.get(caseId);
        owningUnit.require(iaCase.unitCode(), user);
        if (!iaCase.workedOnBy(user)) {
            throw new ForbiddenException("Bare eieren og de som følger saken kan lage og styre undersøkelser.");
        }
        return collaborations.get(caseId, collaborationId);
    }

    private Survey hosted(long id, CurrentUser user) {
        Survey survey = get(id);
        workable(survey.caseId(), survey.collaborationId(), user);
        return survey;
    }

    private Survey running(Survey survey) {
        requireStatus(survey, SurveyStatus.STARTED, "styres");
        return survey;
    }

    private static Survey.Theme theme(Survey survey, long themeId) {
        return survey.themes().stream()
                .filter(theme -> theme.id() == themeId)
                .findFirst()
                .orElseThrow(() -> new ThemeNotFound(survey.id(), themeId));
    }

    private static void requireStatus(Survey survey, SurveyStatus needed, String what) {
        if (survey.status() != needed) {
            throw new Refused(
                    "Undersøkelsen er %s og kan ikke %s.".formatted(SurveyTexts.status(survey.status()), what));
        }
    }

    static class Refused extends ConflictException {
        Refused(String message) {
            super(message);
        }
    }

    static class SurveyNotFound extends NotFoundException {
        SurveyNotFound(long id) {
            super("Fant ikke undersøkelse " + id + ".");
        }
    }

    static class ThemeNotFound extends NotFoundException {
        ThemeNotFound(long survey, long theme) {
            super("Undersøkelse %d har ikke tema %d.".formatted(survey, theme));
        }
    }
}
