package no.iaverk.knowledge.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.iaverk.knowledge.EvidenceStrength;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;

/** The suggestions' Norwegian sentences, from the library's message bundle, with numbers written the Norwegian way. */
public final class SuggestionTexts {

    private final MessageSourceAccessor messages = MessageBundle.of("templates/knowledge/messages");

    /** A rule's reason: {@code knowledge.suggest.reason.<key>}. */
    String reason(String key, Object... arguments) {
        return text("reason." + key, arguments);
    }

    /** {@code knowledge.suggest.<key>}. */
    public String text(String key, Object... arguments) {
        return messages.getMessage("knowledge.suggest." + key, arguments);
    }

    /** «bransjen», «næringen» or «landet». */
    String benchmarkName(String kind) {
        return text("benchmark." + kind);
    }

    String evidenceName(EvidenceStrength evidence) {
        return text("evidence." + evidence.name());
    }

    /** One decimal, rounded half up, with a decimal comma: 68,4. */
    public String number(@Nullable BigDecimal value) {
        return value == null ? "–" : rounded(value).toPlainString().replace('.', ',');
    }

    /** The figure as the API gives it: one decimal. */
    public static @Nullable BigDecimal rounded(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}
