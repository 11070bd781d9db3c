package no.iaverk.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.iaverk.cases.CaseHistory;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.CollaborationHistory;
import no.iaverk.cases.HistoricalCase;
import no.iaverk.cases.HistoricalClosing;
import no.iaverk.cases.HistoricalCollaboration;
import no.iaverk.cases.IaCase;
import no.iaverk.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recording earlier cases afterwards, for imports of the centres' own records (admins only). */
@RestController
@Tag(
        name = "Historikk",
        description =
                "Tidligere saker og samarbeid registrert i ettertid (import av sentrenes egne data, administrator)")
class CaseHistoryApiController {

    private final CaseHistory caseHistory;
    private final CollaborationHistory collaborationHistory;

    CaseHistoryApiController(CaseHistory caseHistory, CollaborationHistory collaborationHistory) {
        this.caseHistory = caseHistory;
        this.collaborationHistory = collaborationHistory;
    }

    @PostMapping("/api/cases/history")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Registrer en tidligere sak, åpnet på en dato i fortiden av en enhet (administrator)",
            description = "Saken logges som startet, eid av administratoren, kontaktet og kartlagt den dagen;"
                    + " hendelsene har recordedAt. 400 med feltfeil, 403 for andre enn administratorer, 409 når"
                    + " virksomheten har en åpen sak.")
    IaCase open(@RequestBody HistoricalCase history, CurrentUser user) {
        return caseHistory.open(history, user);
    }

    @PostMapping("/api/cases/{caseId}/collaborations/history")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Registrer et tidligere samarbeid med start, planlagt og faktisk slutt, milepæler, plan og"
                    + " aktiviteter (administrator)",
            description = "Saken går til «vi bistår» den dagen bistanden startet. 400 med feltfeil (collaboration.*,"
                    + " status, endedOn, milestones.*, plan.*, activities[i].*), 403 for andre enn administratorer,"
                    + " 409 når saken ikke kartlegges eller får bistand.")
    Collaboration record(@PathVariable long caseId, @RequestBody HistoricalCollaboration history, CurrentUser user) {
        return collaborationHistory.record(caseId, history, user);
    }

    @PostMapping("/api/cases/{caseId}/history/close")
    @Operation(
            summary = "Registrer hvordan en tidligere sak ble avsluttet: COMPLETE eller NOT_RELEVANT på en dato"
                    + " (administrator)")
    IaCase close(@PathVariable long caseId, @RequestBody HistoricalClosing closing, CurrentUser user) {
        return caseHistory.close(caseId, closing, user);
    }
}
