package no.iaverk.employer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import no.iaverk.employer.internal.AccessStore;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.EmployerLogins;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin grants a person the right to represent a legal unit (and with it its sub-units), and revokes it. The person
 * is an existing employer login or a new one made here. In production the grants would come from the national
 * authorisation register (Altinn: who may act for which organisation), an integration point that would call {@link
 * #grant} and {@link #revoke}; the demo's employers are granted through this service too.
 */
@Service
public class EmployerGrants {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    static final int MIN_PASSWORD = 8;

    private final AccessStore store;
    private final EmployerLogins logins;

    EmployerGrants(AccessStore store, EmployerLogins logins) {
        this.store = store;
        this.logins = logins;
    }

    /**
     * Grants the legal unit; a new user name gets an employer login first. Granting what is already granted is the
     * grant as it was. Field errors (Norwegian, by field: username, displayName, password, orgNumber) are a 400.
     */
    @Transactional
    public EmployerGrant grant(NewGrant grant, CurrentUser admin) {
        requireAdmin(admin);
        String username = grant.username().strip();
        String orgNumber = grant.orgNumber().strip();
        Optional<Role> existing = USERNAME.matcher(username).matches() ? logins.roleOf(username) : Optional.empty();
        var errors = new InvalidFieldsException.Collector()
                .check(!username.isEmpty(), "username", "Skriv brukernavnet.")
                .check(
                        username.isEmpty() || USERNAME.matcher(username).matches(),
                        "username",
                        "Brukernavnet kan bare ha små bokstaver a–z, sifre, punktum, bindestrek og understrek"
                                + " (2–40 tegn).")
                .check(
                        existing.map(role -> role == Role.EMPLOYER).orElse(true),
                        "username",
                        "«" + username + "» er en NAV-bruker. En NAV-bruker kan ikke representere en arbeidsgiver.");
        if (existing.isEmpty()) {
            errors.check(!blank(grant.displayName()), "displayName", "Skriv navnet på personen (ny bruker).")
                    .check(
                            passwordless(grant)
                                    || grant.password() != null
                                            && grant.password().length() >= MIN_PASSWORD,
                            "password",
                            "Passordet må ha minst " + MIN_PASSWORD + " tegn (ny bruker).");
        }
        String problem = OrgNumber.problemWith(orgNumber);
        if (problem != null) {
            errors.check(false, "orgNumber", Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ".");
        } else {
            var entry = store.registerEntry(orgNumber);
            errors.check(entry.isPresent(), "orgNumber", "Fant ikke " + orgNumber + " i enhetsregisteret.")
                    .check(
                            entry.map(e -> !e.subUnit()).orElse(true),
                            "orgNumber",
                            orgNumber + " er en underenhet. Gi tilgang til den juridiske enheten; underenhetene"
                                    + " følger med.")
                    .check(
                            entry.map(e -> !e.deleted()).orElse(true),
                            "orgNumber",
                            orgNumber + " er slettet i enhetsregisteret.");
        }
        errors.throwIfAny();
        if (existing.isEmpty()) {
            logins.create(
                    username,
                    String.valueOf(grant.displayName()).strip(),
                    passwordless(grant) ? null : String.valueOf(grant.password()));
        }
        long id = store.activeGrant(username, orgNumber)
                .orElseGet(() -> store.insertGrant(username, orgNumber, admin.username()));
        return active().stream()
                .filter(active -> active.id() == id)
                .findFirst()
                .orElseThrow(() -> GrantNotFound.forId(id));
    }

    /** Ends a grant; the row stays as history of who could see what, and when. */
    @Transactional
    public void revoke(long id, CurrentUser admin) {
        requireAdmin(admin);
        if (!store.revoke(id, admin.username())) {
            throw GrantNotFound.forId(id);
        }
    }

    /** The active grants, newest first, with the person's and the legal unit's names. */
    @Transactional(readOnly = true)
    public List<EmployerGrant> active() {
        List<EmployerGrant> grants = store.activeGrants();
        Map<String, String> names = logins.displayNames(
                grants.stream().map(EmployerGrant::username).distinct().toList());
        return grants.stream()
                .map(grant -> new EmployerGrant(
                        grant.id(),
                        grant.username(),
                        names.get(grant.username()),
                        grant.orgNumber(),
                        grant.enterpriseName(),
                        grant.grantedBy(),
                        grant.grantedAt()))
                .toList();
    }

    private static void requireAdmin(CurrentUser admin) {
        if (!admin.has(Role.ADMIN)) {
            throw new ForbiddenException("Bare en administrator kan gi og ta bort tilgang for arbeidsgivere.");
        }
    }

    /** With ID-porten a new person needs no password: they log in there, by the person id granted here. */
    private boolean passwordless(NewGrant grant) {
        return logins.identityProvider() && blank(grant.password());
    }

    /** For the admin's form: whether a new person's password may be left out. */
    public boolean passwordOptional() {
        return logins.identityProvider();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
