package no.iaverk.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ContentTooLargeException;
import no.iaverk.shared.ControlCharacters;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.InvalidParameterException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every error of an API controller into an RFC 9457 problem detail with a 4xx status and a Norwegian detail that
 * says what is wrong. Unexpected errors become a 500 problem without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(1)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ContentTooLargeException.class)
    ProblemDetail tooLarge(ContentTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        if (e instanceof InvalidParameterException invalidParameter) {
            problem.setProperty("parameter", invalidParameter.parameter());
        }
        if (e instanceof InvalidFieldsException invalidFields) {
            problem.setProperty("errors", invalidFields.errors());
        }
        return problem;
    }

    /** A path variable or parameter that does not convert; a converter of ours says why (a bad org. number). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                e.getMostSpecificCause() instanceof InvalidRequestException invalid
                        ? String.valueOf(invalid.getMessage())
                        : "Ugyldig verdi «%s» for parameteren %s.".formatted(e.getValue(), e.getName()));
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    /** A body that is not JSON, or has a value of the wrong kind: 400, naming the field where Jackson can. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getCause() instanceof JacksonException json ? fieldPath(json) : null;
        boolean controlCharacters = e.getCause() instanceof JacksonException json
                && json.getOriginalMessage().contains(PlainTextConfiguration.CONTROL_CHARACTERS);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                field == null
                        ? "Kunne ikke lese forespørselen: innholdet er ikke gyldig JSON."
                        : controlCharacters
                                ? ControlCharacters.message(field)
                                : "Ugyldig verdi for feltet %s.".formatted(field));
        if (field != null) {
            problem.setProperty("parameter", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** Where in the body the bad value is, as {@code groups[0][1].value}; null when Jackson does not know. */
    private static @Nullable String fieldPath(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (var reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                e.getBindingResult().getFieldErrors().stream()
                        .map(error -> error.getField() + ": " + error.getDefaultMessage())
                        .collect(Collectors.joining("; ")));
        problem.setProperty(
                "errors",
                e.getBindingResult().getFieldErrors().stream()
                        .collect(Collectors.toMap(
                                FieldError::getField,
                                error -> String.valueOf(error.getDefaultMessage()),
                                (first, second) -> first)));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        logger.error("Unexpected error on " + request.getRequestURI(), e);
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Noe gikk galt hos oss. Feilen er logget.");
    }
}
