package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import no.iaverk.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Collaborations composed exactly as the mapping report's H1 2022 tables (Oslo Economics, source lines 4119-4139 and
 * 4949-5005; domain/arbeidslivssentre-mapping.md §5.2 and §5.4), laid in the first half of 1992 where no other test has
 * any, and the national report reproduces every cell of Tabell 5-1 and the ended counts of Tabell 5-4.
 */
@IntegrationTest
class MappingReportTablesTest {

    static final LocalDate FROM = LocalDate.parse("1992-01-01");
    static final LocalDate TO = LocalDate.parse("1992-06-30");

    /** Tabell 5-1: registrations by sector and level (unit, top). */
    record SectorCell(
            ReportSector sector, String institutionalCode, int statisticsSector, int unitLevel, int topLevel) {}

    static final List<SectorCell> TABELL_5_1 = List.of(
            new SectorCell(ReportSector.MUNICIPAL, "6500", 2, 1_340, 443),
            new SectorCell(ReportSector.PRIVATE, "2100", 3, 758, 249),
            new SectorCell(ReportSector.STATE, "6100", 1, 105, 66),
            new SectorCell(ReportSector.STATE_OWNED, "1120", 3, 166, 49),
            new SectorCell(ReportSector.SEVERAL, "", 0, 23, 13));

    /**
     * Tabell 5-4: per centre the ended and those ended under one month, and the total, which the report gives only as
     * a share (derived as ended / share, domain note §5.4; Oslo's ≈236 is 237 here so that the totals reach 3 212).
     */
    record CentreRow(String unitCode, int total, int ended, int endedUnderOneMonth, int endedSharePercent) {}

    static final List<CentreRow> TABELL_5_4 = List.of(
            new CentreRow("TROMS_FINNMARK", 502, 316, 136, 63),
            new CentreRow("VESTFOLD_TELEMARK", 446, 232, 70, 52),
            new CentreRow("TRONDELAG", 400, 160, 32, 40),
            new CentreRow("VESTLAND", 322, 148, 31, 46),
            new CentreRow("OST_VIKEN", 328, 131, 5, 40),
            new CentreRow("AGDER", 151, 77, 18, 51),
            new CentreRow("VEST_VIKEN", 184, 68, 12, 37),
            new CentreRow("MORE_ROMSDAL", 171, 60, 7, 35),
            new CentreRow("OSLO", 237, 59, 18, 25),
            new CentreRow("NORDLAND", 196, 55, 5, 28),
            new CentreRow("INNLANDET", 145, 45, 2, 31),
            new CentreRow("ROGALAND", 130, 30, 3, 23));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssistanceReports reports;

    @AfterEach
    void removeTheCollaborations() {
        AssistanceFixture.remove(jdbc);
    }

    @Test
    void the_national_report_reproduces_every_cell_of_tabell_5_1_and_the_ended_counts_of_tabell_5_4() {
        composeTheReportsCollaborations();

        AssistanceReport report = reports.assistance(FROM.toString(), TO.toString(), null);

        assertThat(report.enterprises().registrations()).isEqualTo(3_212);
        assertThat(report.enterprises().unique()).isEqualTo(3_212);
        for (SectorCell cell : TABELL_5_1) {
            assertThat(report.bySectorAndLevel())
                    .filteredOn(row -> row.sector() == cell.sector())
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.unitLevel()).as(cell.sector() + " unit").isEqualTo(cell.unitLevel());
                        assertThat(row.topLevel()).as(cell.sector() + " top").isEqualTo(cell.topLevel());
                        assertThat(row.total()).isEqualTo(cell.unitLevel() + cell.topLevel());
                    });
        }
        assertThat(report.bySectorAndLevel().stream()
                        .mapToInt(AssistanceReport.SectorRow::unitLevel)
                        .sum())
                .isEqualTo(2_392);
        assertThat(report.bySectorAndLevel().stream()
                        .mapToInt(AssistanceReport.SectorRow::topLevel)
                        .sum())
                .isEqualTo(820);

        for (CentreRow centre : TABELL_5_4) {
            assertThat(report.byUnit())
                    .filteredOn(row -> row.unitCode().equals(centre.unitCode()))
                    .singleElement()
                    .extracting(AssistanceReport.UnitRow::figures)
                    .satisfies(row -> {
                        assertThat(row.total()).as(centre.unitCode() + " total").isEqualTo(centre.total());
                        assertThat(row.ended()).as(centre.unitCode() + " ended").isEqualTo(centre.ended());
                        assertThat(row.endedUnderOneMonth())
                                .as(centre.unitCode() + " under one month")
                                .isEqualTo(centre.endedUnderOneMonth());
                        // The report's whole percent is our one-decimal share rounded.
                        assertThat(row.endedShare())
                                .isNotNull()
                                .satisfies(share -> assertThat(share.setScale(0, RoundingMode.HALF_UP))
                                        .isEqualTo(BigDecimal.valueOf(centre.endedSharePercent())));
                    });
        }
        assertThat(report.ended().total()).isEqualTo(1_381);
        assertThat(report.byUnit().stream()
                        .mapToInt(row -> row.figures().endedUnderOneMonth())
                        .sum())
                .isEqualTo(339);
        assertThat(report.ended().total() + report.ended().ongoing()).isEqualTo(3_212);
    }

    /** One collaboration to make: its sector cell, level and how many registrations (units) it gives. */
    record Planned(SectorCell cell, String level, int registrations) {}

    /**
     * Every registration its own collaboration and legal unit, except the «Flere» ones at unit level: ten collaborations
     * of two units and one of three, each spanning a municipality and a private company. Centres take them in a shuffled
     * order; within a centre the first are ended (the first of those within a month), the rest ongoing.
     */
    private void composeTheReportsCollaborations() {
        List<Planned> spanning = new ArrayList<>();
        List<Planned> single = new ArrayList<>();
        SectorCell several = TABELL_5_1.get(4);
        for (int i = 0; i < 10; i++) {
            spanning.add(new Planned(several, "UNIT", 2));
        }
        spanning.add(new Planned(several, "UNIT", 3));
        for (SectorCell cell : TABELL_5_1) {
            int unitSingles = cell.sector() == ReportSector.SEVERAL ? 0 : cell.unitLevel();
            for (int i = 0; i < unitSingles; i++) {
                single.add(new Planned(cell, "UNIT", 1));
            }
            for (int i = 0; i < cell.topLevel(); i++) {
                single.add(new Planned(cell, "TOP", 1));
            }
        }
        Collections.shuffle(single, new Random(15));

        AssistanceFixture fixture = new AssistanceFixture(jdbc);
        int nextSingle = 0;
        int nextSpanning = 0;
        for (CentreRow centre : TABELL_5_4) {
            int registrations = 0;
            for (int i = 0; i < centre.ended(); i++) {
                Planned planned = single.get(nextSingle++);
                boolean underOneMonth = i < centre.endedUnderOneMonth();
                LocalDate start = underOneMonth ? LocalDate.parse("1992-01-10") : LocalDate.parse("1991-03-01");
                LocalDate end = underOneMonth ? LocalDate.parse("1992-02-05") : LocalDate.parse("1992-04-15");
                String status = i % 4 == 3 ? "CANCELLED" : "COMPLETED";
                make(fixture, planned, centre.unitCode(), start, status, end);
                registrations++;
            }
            // A centre's ongoing: a spanning collaboration while they last, else singles; half of them end after TO.
            while (registrations < centre.total()) {
                Planned planned = nextSpanning < spanning.size()
                                && registrations + spanning.get(nextSpanning).registrations() <= centre.total()
                        ? spanning.get(nextSpanning++)
                        : single.get(nextSingle++);
                boolean endsLater = registrations % 2 == 0;
                make(
                        fixture,
                        planned,
                        centre.unitCode(),
                        LocalDate.parse("1991-09-01"),
                        endsLater ? "COMPLETED" : "ACTIVE",
                        endsLater ? LocalDate.parse("1992-09-30") : null);
                registrations += planned.registrations();
            }
        }
        assertThat(nextSingle).isEqualTo(single.size());
        assertThat(nextSpanning).isEqualTo(spanning.size());
        fixture.flush();
    }

    private static void make(
            AssistanceFixture fixture,
            Planned planned,
            String unitCode,
            LocalDate start,
            String status,
            @Nullable LocalDate end) {
        if (planned.cell().sector() == ReportSector.SEVERAL) {
            String municipality = fixture.legalUnit("6500", 2);
            String company = fixture.legalUnit("2100", 3);
            List<String> units = new ArrayList<>();
            for (int i = 0; i < Math.max(1, planned.registrations() - 1); i++) {
                units.add(fixture.subUnit(municipality, 2));
            }
            units.add(fixture.subUnit(company, 3));
            fixture.collaboration(municipality, unitCode, planned.level(), units, start, status, end);
            return;
        }
        String legalUnit = fixture.legalUnit(
                planned.cell().institutionalCode(), planned.cell().statisticsSector());
        String subUnit = fixture.subUnit(legalUnit, planned.cell().statisticsSector());
        fixture.collaboration(legalUnit, unitCode, planned.level(), List.of(subUnit), start, status, end);
    }
}
