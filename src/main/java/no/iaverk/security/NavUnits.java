package no.iaverk.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The working-life centres and the counties each serves; an admin may rename them and move counties. */
@Service
@Transactional(readOnly = true)
public class NavUnits {

    private static final Pattern VALID_CODE = Pattern.compile("[A-Z0-9_-]{2,30}");

    private final JdbcClient jdbc;

    NavUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NavUnit> all() {
        return jdbc.sql("""
                select u.code, u.name, coalesce(string_agg(c.county_number, ',' order by c.county_number), '') as counties
                from nav_unit u left join nav_unit_county c on c.unit_code = u.code
                group by u.code, u.name order by u.name
                """)
                .query((rs, row) -> new NavUnit(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("counties").isEmpty()
                                ? List.of()
                                : Arrays.asList(rs.getString("counties").split(","))))
                .list();
    }

    public NavUnit get(String code) {
        return find(code).orElseThrow(() -> new UnitNotFound(code));
    }

    public Optional<NavUnit> find(String code) {
        return all().stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    /** What {@link #save} did: created the unit or changed an existing one. */
    public record Saved(NavUnit unit, boolean created) {}

    /**
     * Creates the unit when its code is new, else renames it; either way sets the counties it serves (a county served
     * by another unit moves here).
     */
    @Transactional
    public Saved save(String code, String name, List<String> countyNumbers) {
        if (!VALID_CODE.matcher(code).matches()) {
            throw new InvalidRequestException(
                    "Ugyldig enhetskode «%s»: 2–30 store bokstaver (A–Z), sifre, - eller _.".formatted(code));
        }
        if (name.isBlank()) {
            throw new InvalidRequestException("Enheten må ha et navn.");
        }
        boolean created =
                jdbc.sql("insert into nav_unit (code, name) values (:code, :name) on conflict (code) do nothing")
                                .param("code", code)
                                .param("name", name.trim())
                                .update()
                        == 1;
        return new Saved(update(code, name, countyNumbers), created);
    }

    /** Renames a unit and sets the counties it serves; a county served by another unit moves here. */
    @Transactional
    public NavUnit update(String code, String name, List<String> countyNumbers) {
        if (name.isBlank()) {
            throw new InvalidRequestException("Enheten må ha et navn.");
        }
        int updated = jdbc.sql("update nav_unit set name = :name where code = :code")
                .param("name", name.trim())
                .param("code", code)
                .update();
        if (updated == 0) {
            throw new UnitNotFound(code);
        }
        List<String> counties = countyNumbers.stream().distinct().toList();
        if (!counties.isEmpty()
                && jdbc.sql("select count(*) from reference_county where number in (:counties)")
                                .param("counties", counties)
                                .query(Integer.class)
                                .single()
                        != counties.size()) {
            throw new InvalidRequestException("Ukjent fylkesnummer blant " + counties + ".");
        }
        jdbc.sql("delete from nav_unit_county where unit_code = :code or county_number in (:counties)")
                .param("code", code)
                .param("counties", counties.isEmpty() ? List.of("--") : counties)
                .update();
        for (String county : counties) {
            jdbc.sql("insert into nav_unit_county (unit_code, county_number) values (:code, :county)")
                    .param("code", code)
                    .param("county", county)
                    .update();
        }
        return get(code);
    }

    static class UnitNotFound extends NotFoundException {
        UnitNotFound(String code) {
            super("Fant ingen NAV-enhet med kode " + code + ".");
        }
    }
}
