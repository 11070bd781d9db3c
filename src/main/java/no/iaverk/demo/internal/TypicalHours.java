package no.iaverk.demo.internal;

import java.math.BigDecimal;
import no.iaverk.cases.Activity.Channel;

/** The adviser hours a held demo activity took, by channel (preparation and follow-up included): invented, plausible. */
final class TypicalHours {

    private TypicalHours() {}

    static BigDecimal of(Channel channel) {
        return switch (channel) {
            case PHYSICAL_MEETING -> new BigDecimal("4.0");
            case DIGITAL_MEETING -> new BigDecimal("2.5");
            case PHONE -> new BigDecimal("0.5");
            case EMAIL -> new BigDecimal("0.3");
            case GATHERING -> new BigDecimal("7.5");
        };
    }
}
