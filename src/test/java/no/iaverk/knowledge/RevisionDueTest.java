package no.iaverk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RevisionDueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void an_item_is_overdue_when_its_revision_date_is_more_than_two_years_before_today_or_missing() {
        assertThat(RevisionDue.overdue(LocalDate.of(2024, 12, 1), TODAY)).isFalse();
        assertThat(RevisionDue.overdue(LocalDate.of(2024, 11, 30), TODAY)).isTrue();
        assertThat(RevisionDue.overdue(LocalDate.of(2026, 11, 30), TODAY)).isFalse();
        assertThat(RevisionDue.overdue(null, TODAY)).isTrue();
        // 29 February: two years before is 28 February (Period arithmetic clamps to the month's end).
        assertThat(RevisionDue.cutoff(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2026, 2, 28));
    }
}
