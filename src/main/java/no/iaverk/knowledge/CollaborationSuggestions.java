package no.iaverk.knowledge;

import no.iaverk.knowledge.internal.CollaborationProfile;
import no.iaverk.knowledge.internal.InputDescriptions;
import no.iaverk.knowledge.internal.SickLeavePattern;
import no.iaverk.knowledge.internal.SuggestionQueries;
import no.iaverk.knowledge.internal.SuggestionRules;
import no.iaverk.knowledge.internal.SuggestionTexts;
import no.iaverk.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions from the library for one collaboration, by documented rules (docs/knowledge-suggestions.md) over its
 * industry programme, its sick-leave pattern against a benchmark, its needs assessment's weakest theme and its level.
 * The inputs come from other modules' published views only. Survey results are used only for the users of the unit
 * that owns the case, as everywhere else; the callers audit-log the read, since it shows sick-leave figures.
 */
@Service
public class CollaborationSuggestions {

    private final SuggestionQueries queries;
    private final SuggestionTexts texts = new SuggestionTexts();

    CollaborationSuggestions(SuggestionQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public Suggestions forCollaboration(long collaborationId, CurrentUser user) {
        return suggest(
                queries.profile(collaborationId).orElseThrow(() -> CollaborationNotFound.forId(collaborationId)), user);
    }

    /** The same, for a page that addresses the collaboration under its case: 404 unless it is the case's. */
    @Transactional(readOnly = true)
    public Suggestions forCollaboration(long caseId, long collaborationId, CurrentUser user) {
        return suggest(
                queries.profile(collaborationId)
                        .filter(profile -> profile.caseId() == caseId)
                        .orElseThrow(() -> CollaborationNotFound.forId(collaborationId)),
                user);
    }

    private Suggestions suggest(CollaborationProfile profile, CurrentUser user) {
        SickLeavePattern pattern = SickLeavePattern.of(profile);
        boolean surveyAccess = profile.caseUnit().equals(user.unitCode());
        CollaborationProfile.ThemeResult weakTheme = surveyAccess ? SuggestionRules.weakest(profile) : null;
        var findings = SuggestionRules.findings(profile, pattern, weakTheme, texts);
        return new Suggestions(
                profile.collaborationId(),
                new InputDescriptions(texts).describe(profile, pattern, surveyAccess, weakTheme),
                SuggestionRules.rank(queries.candidates(), findings, profile.level(), profile.programme(), texts));
    }
}
