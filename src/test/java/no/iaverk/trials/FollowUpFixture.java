package no.iaverk.trials;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import no.iaverk.shared.Quarter;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A running AMONG_WILLING trial of the fixture's 30 companies, 28 enrolled today, with statistics written for the four
 * quarters before today's quarter and the four after it: the LONG arm's sick leave a full point lower in the first
 * year, company 7's first year masked. The second year is not published yet.
 */
abstract class FollowUpFixture extends TrialFixture {

    static final Quarter TODAY = Quarter.containing(LocalDate.now(ZoneId.of("Europe/Oslo")));
    static final int ENROLLED = 28;

    long trial;
    final Map<String, String> armOf = new HashMap<>();
    final Map<String, Long> caseOf = new HashMap<>();

    void runningTrialWithAYearOfFollowUp() {
        trial = started("AMONG_WILLING", "\"SIZE_BAND\"");
        for (int i = 0; i < ENROLLED; i++) {
            MvcTestResult enrolled = enrol("saksbehandler", trial, WORKPLACES.get(i));
            armOf.put(LEGAL_UNITS.get(i), read(enrolled, "$.arm"));
            caseOf.put(LEGAL_UNITS.get(i), ((Number) read(enrolled, "$.caseId")).longValue());
        }
        for (int rel = -4; rel <= 4; rel++) {
            if (rel == 0) continue;
            Map<String, double[]> rows = new HashMap<>();
            for (int i = 0; i < COMPANIES; i++) {
                // Company 7's first year is masked throughout (fewer than 5 persons): missing, never a zero.
                int persons = i == 7 && rel > 0 ? 3 : 20;
                rows.put(WORKPLACES.get(i), new double[] {persons, 10 * percent(i, rel), 1000});
            }
            publishDirectly(TODAY.plus(rel), rows);
        }
    }

    /** Baseline 4–10 %, a little noise (±0.08), and −1.0 pp in the LONG arm after randomisation. */
    double percent(int company, int rel) {
        double baseline = 4 + company % 7 + 0.5 * (company % 3);
        double noise = ((company * 37 + rel * 11) % 9 - 4) / 50.0;
        double effect = rel > 0 && "LONG".equals(armOf.get(LEGAL_UNITS.get(company))) ? -1.0 : 0;
        return baseline + noise + effect;
    }

    private void publishDirectly(Quarter quarter, Map<String, double[]> rows) {
        int period = quarter.period();
        jdbc.sql("create table if not exists sick_leave_enterprise_test_" + period
                        + " partition of sick_leave_enterprise for values in (" + period + ")")
                .update();
        rows.forEach((org, row) -> jdbc.sql("""
                        insert into sick_leave_enterprise (period, org_number, persons, lost, possible)
                        values (:period, :org, :persons, :lost, :possible)
                        """)
                .param("period", period)
                .param("org", org)
                .param("persons", (int) row[0])
                .param("lost", row[1])
                .param("possible", row[2])
                .update());
        jdbc.sql("""
                        insert into sick_leave_quarter (year, quarter, imported_at, enterprise_rows, published_at)
                        values (:year, :quarter, now(), :rows, now())
                        on conflict (year, quarter) do nothing
                        """)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .param("rows", rows.size())
                .update();
    }

    int auditRows(String type) {
        return jdbc.sql("select count(*) from audit_event where resource_type = :type")
                .param("type", type)
                .query(Integer.class)
                .single();
    }
}
