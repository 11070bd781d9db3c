package no.iaverk.employer.web;

import java.nio.charset.StandardCharsets;
import no.iaverk.employer.EmployerSickLeave;
import no.iaverk.employer.EmployerStatisticsCsv;
import no.iaverk.shared.OrgNumber;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The statistics CSV as a download, for the page and the API alike (with a BOM, so Excel reads UTF-8). */
final class CsvDownload {

    private CsvDownload() {}

    static ResponseEntity<byte[]> of(OrgNumber orgNumber, EmployerSickLeave sickLeave) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("sykefravaer-" + orgNumber.value() + ".csv")
                                .build()
                                .toString())
                .body(("\uFEFF" + EmployerStatisticsCsv.of(sickLeave)).getBytes(StandardCharsets.UTF_8));
    }
}
