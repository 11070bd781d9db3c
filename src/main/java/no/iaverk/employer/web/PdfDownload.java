package no.iaverk.employer.web;

import no.iaverk.employer.DocumentPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A published document's PDF as a download, for the employer's page and API alike. */
final class PdfDownload {

    private PdfDownload() {}

    static ResponseEntity<byte[]> of(DocumentPdf pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(pdf.fileName())
                                .build()
                                .toString())
                .body(pdf.content());
    }
}
