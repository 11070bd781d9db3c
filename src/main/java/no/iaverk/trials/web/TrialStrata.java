package no.iaverk.trials.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import no.iaverk.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code @trialStrata} in the trial templates: a stratum's code in words, {@code SIZE_BAND=20-49;COUNTY=46} →
 * "Størrelse 20–49, fylke Vestland"; the merged stratum OTHER and the single stratum ALL by their names.
 */
@Component("trialStrata")
public class TrialStrata {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;
    private final ReferenceData reference;

    TrialStrata(MessageSource messages, ReferenceData reference) {
        this.messages = messages;
        this.reference = reference;
    }

    public String name(String code) {
        if (code.equals("OTHER") || code.equals("ALL")) {
            return message("trials.stratumValue." + code);
        }
        return Arrays.stream(code.split(";"))
                .map(part -> {
                    String factor = part.substring(0, part.indexOf('='));
                    String value = part.substring(part.indexOf('=') + 1);
                    return message("trials.stratumValue." + factor) + " " + level(factor, value);
                })
                .collect(Collectors.joining(", "));
    }

    private String level(String factor, String value) {
        if (value.equals("NONE")) {
            return message("trials.stratumValue.NONE");
        }
        return switch (factor) {
            case "COUNTY" ->
                reference.counties().stream()
                        .filter(c -> c.number().equals(value))
                        .map(c -> c.name())
                        .findFirst()
                        .orElse(value);
            case "INDUSTRY_PROGRAMME" ->
                reference.industryProgrammes().stream()
                        .filter(p -> p.code().equals(value))
                        .map(p -> p.name())
                        .findFirst()
                        .orElse(value);
            case "BASELINE_TERTILE" -> message("trials.stratumValue." + value);
            default -> value.replace('-', '–');
        };
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, NORWEGIAN);
    }
}
