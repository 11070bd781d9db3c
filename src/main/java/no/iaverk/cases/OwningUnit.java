package no.iaverk.cases;

import java.util.Map;
import java.util.stream.Collectors;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Reading a case is national, as in NAV's own tool; changing it, its collaborations, activities and surveys is for the
 * users of the unit that owns it. A case moves to another unit only by a transfer.
 */
@Component
public class OwningUnit {

    private final NavUnits units;

    OwningUnit(NavUnits units) {
        this.units = units;
    }

    /** 403 unless the user belongs to the case's unit. */
    public void require(String caseUnit, CurrentUser user) {
        if (!caseUnit.equals(user.unitCode())) {
            throw new OtherUnit(
                    "Saken tilhører %s. Bare brukere i den enheten kan endre den.".formatted(name(caseUnit)));
        }
    }

    public boolean isMember(String caseUnit, CurrentUser user) {
        return caseUnit.equals(user.unitCode());
    }

    /** The unit's name, for messages and pages; its code when the unit is no longer registered. */
    public String name(String unitCode) {
        return units.find(unitCode).map(unit -> unit.name()).orElse(unitCode);
    }

    /** Every unit's name by its code, for pages that show many. */
    public Map<String, String> names() {
        return units.all().stream().collect(Collectors.toMap(NavUnit::code, NavUnit::name));
    }

    static class OtherUnit extends ForbiddenException {
        OtherUnit(String message) {
            super(message);
        }
    }
}
