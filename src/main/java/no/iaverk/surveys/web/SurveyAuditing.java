package no.iaverk.surveys.web;

import java.util.List;
import no.iaverk.security.AuditedResource;
import no.iaverk.shared.NotFoundException;
import no.iaverk.surveys.Surveys;
import org.springframework.stereotype.Component;

/** A read of a survey names the enterprise of the collaboration it belongs to in the audit log. */
@Component
class SurveyAuditing implements AuditedResource {

    private final Surveys surveys;

    SurveyAuditing(Surveys surveys) {
        this.surveys = surveys;
    }

    @Override
    public String variable() {
        return "surveyId";
    }

    @Override
    public List<String> enterprises(String id) {
        try {
            return List.of(surveys.orgNumberOf(Long.parseLong(id)));
        } catch (NumberFormatException | NotFoundException unknown) {
            return List.of();
        }
    }
}
