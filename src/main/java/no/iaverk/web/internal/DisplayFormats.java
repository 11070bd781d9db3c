package no.iaverk.web.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * How every page writes times and quarters: {@code #times} shows instants in the configured zone
 * ({@code iaverk.web.time-zone}, the zone of the application's clock), never in the server's, which is UTC on most
 * servers while the people using iaverk live in Norway; {@code #quarters} writes a quarter as «3. kvartal 2026».
 * Thymeleaf's own {@code #temporals} formats instants in the JVM's zone, so templates do not use it.
 */
@Component
class DisplayFormats extends AbstractDialect implements IExpressionObjectDialect {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Times times;
    private final MessageSource messages;

    DisplayFormats(Clock clock, MessageSource messages) {
        super("iaverk-formats");
        this.times = new Times(clock);
        this.messages = messages;
    }

    Times times() {
        return times;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("times", "quarters");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return "times".equals(name) ? times : new Quarters(messages, context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return "times".equals(name);
            }
        };
    }

    /** Dates and times as people in Norway read them; instants are moved into the display zone first. */
    public static final class Times {
        private final Clock clock;

        Times(Clock clock) {
            this.clock = clock;
        }

        public ZoneId zone() {
            return clock.getZone();
        }

        /** 24.09.2026 14:05 */
        public @Nullable String dateTime(@Nullable Object value) {
            return format(value, DATE_TIME);
        }

        /** 24.09.2026 */
        public @Nullable String date(@Nullable Object value) {
            return format(value, DATE);
        }

        /** 14:05 */
        public @Nullable String time(@Nullable Object value) {
            return format(value, TIME);
        }

        /** Today in the display zone, for a date field's default. */
        public LocalDate today() {
            return LocalDate.now(clock);
        }

        private @Nullable String format(@Nullable Object value, DateTimeFormatter formatter) {
            TemporalAccessor local = local(value);
            return local == null ? null : formatter.format(local);
        }

        private @Nullable TemporalAccessor local(@Nullable Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof Instant instant) {
                return instant.atZone(zone());
            }
            if (value instanceof ZonedDateTime zoned) {
                return zoned.withZoneSameInstant(zone());
            }
            if (value instanceof OffsetDateTime offset) {
                return offset.atZoneSameInstant(zone());
            }
            // Local values are already the time people typed or read (the services keep them in Oslo time).
            if (value instanceof LocalDateTime || value instanceof LocalDate || value instanceof LocalTime) {
                return (TemporalAccessor) value;
            }
            throw new IllegalArgumentException("Not a date or time: " + value.getClass());
        }
    }

    /** «3. kvartal 2026»: the one form a quarter has on the pages («2026K3» is for files and the API). */
    public static final class Quarters {
        private final MessageSource messages;
        private final Locale locale;

        Quarters(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        public String label(Quarter quarter) {
            return label(quarter.year(), quarter.quarter());
        }

        /** From the file form, «2026K3». */
        public String label(String quarter) {
            return label(Quarter.parse(quarter));
        }

        public String label(int year, int quarter) {
            return messages.getMessage("quarter.label", new Object[] {quarter, year}, locale);
        }

        public String labels(Collection<Quarter> quarters) {
            return quarters.stream().map(this::label).collect(Collectors.joining(", "));
        }
    }
}
