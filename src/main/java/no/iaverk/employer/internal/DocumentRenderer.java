package no.iaverk.employer.internal;

import java.time.Instant;
import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.PrintedPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * A published document as PDF, laid out as the reports are ({@link no.iaverk.shared.PrintedPdf}): the XML-mode print
 * template {@code employer/document-print.html} through openhtmltopdf, with PDFBox's Liberation Sans embedded so that
 * æ, ø and å show on every reader.
 */
@Component
public class DocumentRenderer {

    private static final String STYLESHEET = "/static/css/employer-print.css";

    private final ITemplateEngine templates;

    DocumentRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The plan or the survey results, with the title, who published it and when, and the version. */
    public byte[] render(Object snapshot, String title, int version, String publishedByName, Instant publishedAt) {
        Context context = new Context(MessageBundle.NORWEGIAN);
        context.setVariable("title", title);
        context.setVariable("version", version);
        context.setVariable("publishedBy", publishedByName);
        context.setVariable("publishedAt", publishedAt);
        if (snapshot instanceof PlanSnapshot plan) {
            context.setVariable("plan", plan);
        } else if (snapshot instanceof SurveySnapshot survey) {
            context.setVariable("survey", survey);
        } else {
            throw new IllegalArgumentException("No layout for " + snapshot.getClass());
        }
        String xhtml = templates.process(new TemplateSpec("employer/document-print", TemplateMode.XML), context);
        return PrintedPdf.render(xhtml, STYLESHEET);
    }
}
