package no.iaverk.employer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.iaverk.cases.CasePermissions;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaborations;
import no.iaverk.cases.IaCase;
import no.iaverk.employer.internal.DocumentRenderer;
import no.iaverk.employer.internal.DocumentStore;
import no.iaverk.employer.internal.PlanSnapshot;
import no.iaverk.employer.internal.SurveySnapshot;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.NotFoundException;
import no.iaverk.surveys.Results;
import no.iaverk.surveys.Survey;
import no.iaverk.surveys.SurveyStatus;
import no.iaverk.surveys.SurveyType;
import no.iaverk.surveys.Surveys;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adviser's side of the documents published to the enterprise: publishing freezes the plan or a survey's results
 * as data and as a PDF, versioned per collaboration and type, and the collaboration page lists what was published and
 * whether the enterprise opened it. Who may publish is who may work on the case's collaborations ({@link
 * CasePermissions#mayWork()}: a caseworker of the owning unit who owns or follows the open case); a completed
 * collaboration can still have its evaluation published.
 */
@Service
@Transactional(readOnly = true)
public class DocumentPublishing {

    /** Survey results reach the employer only for questions at least this many answered. */
    public static final int MINIMUM_RESPONDENTS = SurveySnapshot.MINIMUM_RESPONDENTS;

    private static final MessageSourceAccessor TEXTS = MessageBundle.of("templates/employer/messages");

    private final Cases cases;
    private final Collaborations collaborations;
    private final Surveys surveys;
    private final Results results;
    private final DocumentStore store;
    private final DocumentRenderer renderer;
    private final JsonMapper json;
    private final Clock clock;

    DocumentPublishing(
            Cases cases,
            Collaborations collaborations,
            Surveys surveys,
            Results results,
            DocumentStore store,
            DocumentRenderer renderer,
            JsonMapper json,
            Clock clock) {
        this.cases = cases;
        this.collaborations = collaborations;
        this.surveys = surveys;
        this.results = results;
        this.store = store;
        this.renderer = renderer;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Published publish(long caseId, long collaborationId, PublishDocument request, CurrentUser user) {
        Collaboration collaboration = collaborations.get(caseId, collaborationId); // 404 first
        requireMayPublish(caseId, user);
        DocumentType type = DocumentType.parse(request.type())
                .orElseThrow(() -> new InvalidFieldsException(Map.of("type", TEXTS.getMessage("employer.error.type"))));
        IaCase iaCase = cases.get(caseId);
        String legalUnit = store.legalUnitOf(iaCase.orgNumber());
        Object snapshot;
        Long surveyId = null;
        if (type == DocumentType.PLAN) {
            if (request.surveyId() != null) {
                throw new InvalidFieldsException(Map.of("surveyId", TEXTS.getMessage("employer.error.planSurvey")));
            }
            if (!collaboration.hasPlan()) {
                throw new DocumentRefused(TEXTS.getMessage("employer.error.emptyPlan"));
            }
            snapshot = PlanSnapshot.of(iaCase.enterpriseName(), iaCase.orgNumber(), collaboration);
        } else {
            Survey survey = survey(caseId, collaborationId, type, request.surveyId());
            surveyId = survey.id();
            snapshot = SurveySnapshot.of(
                    iaCase.enterpriseName(),
                    iaCase.orgNumber(),
                    collaboration.name(),
                    survey.completedAt(),
                    results.results(survey.id(), user));
        }
        Instant now = clock.instant();
        int version = store.nextVersion(collaborationId, type);
        String title = TEXTS.getMessage("employer.document.type." + type.name());
        byte[] pdf = renderer.render(snapshot, title, version, user.displayName(), now);
        long id = store.insert(
                new DocumentStore.NewDocument(
                        caseId,
                        collaborationId,
                        legalUnit,
                        iaCase.orgNumber(),
                        type,
                        surveyId,
                        json.writeValueAsString(snapshot),
                        pdf,
                        user.username(),
                        user.displayName(),
                        now),
                version);
        return new Published(id, version);
    }

    /** What the collaboration has published, newest first. */
    public List<PublishedDocument> forCollaboration(long caseId, long collaborationId) {
        collaborations.get(caseId, collaborationId);
        return store.forCollaboration(collaborationId);
    }

    /** Whether {@link #publish} would accept the user, for the page to offer the form. */
    public boolean mayPublish(long caseId, CurrentUser user) {
        return cases.permissions(caseId, user).mayWork();
    }

    /** The completed surveys of the collaboration, whose results could be published. */
    public List<Survey> publishableSurveys(long caseId, long collaborationId) {
        return surveys.forCollaboration(caseId, collaborationId).stream()
                .filter(survey -> survey.status() == SurveyStatus.COMPLETED)
                .toList();
    }

    /**
     * The PDF as published, for the advisers of the owning unit (survey results are theirs only); the adviser's
     * reading is not recorded as the enterprise opening it.
     */
    public DocumentPdf pdf(long caseId, long collaborationId, long id, CurrentUser user) {
        collaborations.get(caseId, collaborationId);
        if (!cases.permissions(caseId, user).ourUnit()) {
            throw new ForbiddenException(TEXTS.getMessage("employer.error.otherUnit"));
        }
        if (store.collaborationOf(id).filter(c -> c == collaborationId).isEmpty()) {
            throw new DocumentNotFound(id);
        }
        return EmployerDocuments.download(store.pdf(id).orElseThrow(() -> new DocumentNotFound(id)));
    }

    private void requireMayPublish(long caseId, CurrentUser user) {
        CasePermissions permissions = cases.permissions(caseId, user);
        if (!permissions.mayWork()) {
            throw new ForbiddenException(
                    permissions.workRefusal() != null
                            ? permissions.workRefusal()
                            : TEXTS.getMessage("employer.error.mayNotPublish"));
        }
    }

    /** The survey named, when it is this collaboration's, of the type's kind and completed. */
    private Survey survey(long caseId, long collaborationId, DocumentType type, @Nullable Long surveyId) {
        SurveyType kind = type.surveyType().orElseThrow();
        if (surveyId == null) {
            throw new InvalidFieldsException(Map.of("surveyId", TEXTS.getMessage("employer.error.surveyMissing")));
        }
        Survey survey;
        try {
            survey = surveys.get(surveyId);
        } catch (NotFoundException unknown) {
            throw new InvalidFieldsException(
                    Map.of("surveyId", TEXTS.getMessage("employer.error.surveyUnknown", new Object[] {surveyId})));
        }
        if (survey.caseId() != caseId
                || survey.collaborationId() != collaborationId
                || survey.status() == SurveyStatus.DELETED) {
            throw new InvalidFieldsException(
                    Map.of("surveyId", TEXTS.getMessage("employer.error.surveyForeign", new Object[] {surveyId})));
        }
        if (survey.type() != kind) {
            throw new InvalidFieldsException(Map.of(
                    "surveyId", TEXTS.getMessage("employer.error.surveyKind", new Object[] {
                        TEXTS.getMessage("employer.document.type." + type.name())
                    })));
        }
        if (survey.status() != SurveyStatus.COMPLETED) {
            throw new DocumentRefused(TEXTS.getMessage("employer.error.surveyNotCompleted"));
        }
        return survey;
    }
}
