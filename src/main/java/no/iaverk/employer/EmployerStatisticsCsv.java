package no.iaverk.employer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.employer.EmployerSickLeave.QuarterFigures;
import no.iaverk.employer.EmployerSickLeave.Unit;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The employer's statistics as CSV for a spreadsheet (semicolons, decimal comma, UTF-8): one row per enterprise and
 * quarter, the legal unit's sum first. A masked cell is empty and the row's note says why: never a number.
 */
public final class EmployerStatisticsCsv {

    private static final MessageSourceAccessor TEXT = MessageBundle.of("templates/employer/messages");

    private EmployerStatisticsCsv() {}

    public static String of(EmployerSickLeave sickLeave) {
        List<Unit> units = new ArrayList<>();
        units.add(sickLeave.enterprise());
        units.addAll(sickLeave.subUnits());
        StringBuilder csv = new StringBuilder();
        line(
                csv,
                List.of(
                        TEXT.getMessage("employer.csv.unit"),
                        TEXT.getMessage("employer.csv.orgNumber"),
                        TEXT.getMessage("employer.csv.quarter"),
                        TEXT.getMessage("employer.csv.persons"),
                        TEXT.getMessage("employer.csv.lost"),
                        TEXT.getMessage("employer.csv.possible"),
                        TEXT.getMessage("employer.csv.percent"),
                        TEXT.getMessage("employer.csv.note")));
        for (Unit unit : units) {
            for (QuarterFigures quarter : unit.history()) {
                line(
                        csv,
                        List.of(
                                unit.name() == null ? "" : unit.name(),
                                unit.orgNumber(),
                                quarter.year() + "K" + quarter.quarter(),
                                quarter.persons() == null ? "" : String.valueOf(quarter.persons()),
                                number(quarter.lostWorkdays()),
                                number(quarter.possibleWorkdays()),
                                quarter.percent() == null
                                        ? ""
                                        : quarter.percent().toPlainString().replace('.', ','),
                                note(unit, quarter)));
            }
        }
        return csv.toString();
    }

    private static String note(Unit unit, QuarterFigures quarter) {
        List<String> notes = new ArrayList<>();
        if (unit.sumOfSubUnits()) {
            notes.add(TEXT.getMessage("employer.csv.sum"));
        }
        if (quarter.masked()) {
            notes.add(TEXT.getMessage("employer.csv.masked"));
        }
        if (quarter.maskedSubUnits() > 0) {
            notes.add(TEXT.getMessage("employer.maskedSubUnits", new Object[] {quarter.maskedSubUnits()}));
        }
        return String.join(", ", notes);
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(
                        ";", cells.stream().map(EmployerStatisticsCsv::cell).toList()))
                .append("\r\n");
    }

    /** Quotes what needs it, and defuses a cell a spreadsheet would take for a formula. */
    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
