package no.iaverk.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** A submitted form or body has fields that are wrong: 400, with a Norwegian message per field. */
public class InvalidFieldsException extends InvalidRequestException {

    private final Map<String, String> errors;

    public InvalidFieldsException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Collects field errors and throws them together, so a form shows every problem at once. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector check(boolean ok, String field, String message) {
            if (!ok) {
                errors.putIfAbsent(field, message);
            }
            return this;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(errors);
            }
        }
    }
}
