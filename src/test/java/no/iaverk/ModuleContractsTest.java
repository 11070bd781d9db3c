package no.iaverk;

import static no.iaverk.ModuleTables.KEYS;
import static no.iaverk.ModuleTables.PUBLISHED;
import static no.iaverk.ModuleTables.owner;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's tables are its own: in SQL, a module names only its own tables and views and what another module
 * publishes as its contract (docs/architecture.md, "Published contracts"). This reads every module's SQL — string
 * literals and text blocks of its main Java sources, its {@code .sql} resources, and the migrations statement by
 * statement — and names the file, the module and the table of every read the owner does not publish.
 *
 * <p>Which module owns which table is said once, in {@link ModuleTables}. Every
 * table and view the migrations create must have an owner, so a new table cannot slip past the check.
 */
class ModuleContractsTest {

    private static final Path JAVA = Path.of("src/main/java/no/iaverk");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path MIGRATIONS = RESOURCES.resolve("db/migration");

    /** A table named where SQL reads, writes or points at one. {@code references} is a key, the rest are reads. */
    private static final Pattern TABLE_AFTER_KEYWORD =
            Pattern.compile("(?i)\\b(from|join|into|update|table|references|copy|truncate|lock|using)\\s+(?:only\\s+)?"
                    + "(?:if\\s+(?:not\\s+)?exists\\s+)?([a-z_][a-z0-9_]*(?:\\s*,\\s*[a-z_][a-z0-9_]*)*)");

    private static final Pattern SUBJECT = Pattern.compile("(?is)^\\s*(?:"
            + "create\\s+(?:unique\\s+)?index\\s+(?:if\\s+not\\s+exists\\s+)?\\w+\\s+on\\s+(?:only\\s+)?(\\w+)"
            + "|create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)"
            + "|create\\s+(?:or\\s+replace\\s+)?view\\s+(\\w+)"
            + "|alter\\s+table\\s+(?:only\\s+)?(\\w+)"
            + "|insert\\s+into\\s+(\\w+)"
            + "|update\\s+(\\w+)"
            + "|delete\\s+from\\s+(\\w+)"
            + "|create\\s+trigger\\s+\\w+.*?\\bon\\s+(\\w+)"
            + "|truncate\\s+(?:table\\s+)?(\\w+))");

    private static final Pattern CREATED = Pattern.compile(
            "(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    @Test
    void every_table_and_view_has_one_owner_and_every_published_name_exists() {
        Set<String> created = createdObjects();
        assertThat(created)
                .allSatisfy(name -> assertThat(owner(name))
                        .as("owner of %s (add it to OWNER_BY_NAME or use a module's prefix)", name)
                        .isPresent());
        Stream.concat(PUBLISHED.entrySet().stream(), KEYS.entrySet().stream())
                .forEach(entry -> assertThat(entry.getValue()).allSatisfy(name -> {
                    assertThat(created).as("published by %s", entry.getKey()).contains(name);
                    assertThat(owner(name)).as("owner of published %s", name).contains(entry.getKey());
                }));
    }

    @Test
    void modules_read_only_their_own_tables_and_what_others_publish() {
        List<String> violations = new ArrayList<>();
        for (String module : modules()) {
            for (Path file : files(JAVA.resolve(module), ".java")) {
                for (String literal : stringLiterals(read(file))) {
                    violations.addAll(check(file, module, literal, Optional.empty()));
                }
            }
        }
        for (Path file : files(RESOURCES, ".sql")) {
            if (file.startsWith(MIGRATIONS)) {
                continue;
            }
            String module = moduleOfResource(file);
            violations.addAll(check(file, module, withoutComments(read(file)), Optional.empty()));
        }
        violations.addAll(migrationViolations());
        assertThat(violations).as("cross-module reads of unpublished tables").isEmpty();
    }

    @Test
    void the_check_sees_a_read_of_another_modules_table_in_java_and_in_a_migration() {
        Path file = Path.of("Example.java");
        String java = "class X { String sql = \"\"\"\n select e.name from enterprise e\n join register_enterprise r"
                + " on true\n \"\"\"; String ok = \"select 1 from sick_leave_snapshot\"; }";
        List<String> found = new ArrayList<>();
        for (String literal : stringLiterals(java)) {
            found.addAll(check(file, "statistics", literal, Optional.empty()));
        }
        assertThat(found).singleElement().asString().contains("statistics", "enterprise", "register");

        String migration = "create view statistics_x as select * from ia_case;"
                + " create table survey_x (id bigint references collaboration);";
        assertThat(statements(migration).stream()
                        .flatMap(s -> checkStatement(file, s).stream())
                        .toList())
                .singleElement()
                .asString()
                .contains("statistics", "ia_case");
    }

    // ---- migrations

    /**
     * Each statement belongs to the module that owns its subject (the table it creates, alters, indexes or writes,
     * or the view it defines), else to the owner of the first table it names. A view counts in its latest definition
     * only: an older one is history that a later migration replaced.
     */
    private List<String> migrationViolations() {
        List<Statement> all = new ArrayList<>();
        for (Path file : files(MIGRATIONS, ".sql").stream()
                .sorted(Comparator.comparing(ModuleContractsTest::version))
                .toList()) {
            for (String sql : statements(read(file))) {
                all.add(new Statement(file, sql));
            }
        }
        Map<String, Statement> latestView = new LinkedHashMap<>();
        for (Statement statement : all) {
            viewDefined(statement.sql()).ifPresent(view -> latestView.put(view, statement));
        }
        List<String> violations = new ArrayList<>();
        for (Statement statement : all) {
            Optional<String> view = viewDefined(statement.sql());
            if (view.isPresent() && latestView.get(view.get()) != statement) {
                continue;
            }
            violations.addAll(checkStatement(statement.file(), statement.sql()));
        }
        return violations;
    }

    private record Statement(Path file, String sql) {}

    private static List<String> checkStatement(Path file, String sql) {
        Optional<String> subject = subject(sql);
        Optional<String> module = subject.flatMap(ModuleTables::owner)
                .or(() -> tablesNamed(sql).stream()
                        .map(TableUse::name)
                        .map(ModuleTables::owner)
                        .flatMap(Optional::stream)
                        .findFirst());
        if (module.isEmpty()) {
            return List.of();
        }
        return check(file, module.get(), sql, subject);
    }

    private static Optional<String> subject(String sql) {
        Matcher matcher = SUBJECT.matcher(sql);
        if (!matcher.find()) {
            return Optional.empty();
        }
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return Optional.of(matcher.group(group).toLowerCase());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> viewDefined(String sql) {
        Matcher matcher = Pattern.compile("(?is)^\\s*create\\s+(?:or\\s+replace\\s+)?view\\s+(\\w+)")
                .matcher(sql);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase()) : Optional.empty();
    }

    /** Splits on semicolons outside quotes, after removing comments and dollar-quoted function bodies. */
    static List<String> statements(String script) {
        String sql = withoutComments(script).replaceAll("(?s)\\$\\$.*?\\$\\$", "''");
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                statements.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString());
        }
        return statements;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }

    private static int version(Path migration) {
        Matcher matcher =
                Pattern.compile("^V(\\d+)__").matcher(migration.getFileName().toString());
        assertThat(matcher.find()).as("migration name %s", migration).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    // ---- the rule

    private record TableUse(String name, boolean key) {}

    private static List<TableUse> tablesNamed(String sql) {
        List<TableUse> uses = new ArrayList<>();
        Matcher matcher = TABLE_AFTER_KEYWORD.matcher(sql);
        while (matcher.find()) {
            boolean key = matcher.group(1).equalsIgnoreCase("references");
            // "from a, b": every name of the list; "from a x, b y" is not written here, aliases stop the list.
            for (String name : matcher.group(2).split("\\s*,\\s*")) {
                uses.add(new TableUse(name.toLowerCase(), key));
            }
        }
        return uses;
    }

    private static List<String> check(Path file, String module, String sql, Optional<String> subject) {
        List<String> violations = new ArrayList<>();
        for (TableUse use : tablesNamed(sql)) {
            if (subject.isPresent() && subject.get().equals(use.name())) {
                continue;
            }
            Optional<String> owner = owner(use.name());
            if (owner.isEmpty() || owner.get().equals(module)) {
                continue;
            }
            Set<String> published = PUBLISHED.getOrDefault(owner.get(), Set.of());
            Set<String> keys = KEYS.getOrDefault(owner.get(), Set.of());
            if (published.contains(use.name()) || (use.key() && keys.contains(use.name()))) {
                continue;
            }
            violations.add("%s: module %s %s %s's table %s, which %s does not publish (published: %s)"
                    .formatted(
                            file,
                            module,
                            use.key() ? "points a foreign key at" : "reads",
                            owner.get(),
                            use.name(),
                            owner.get(),
                            new TreeSet<>(published)));
        }
        return violations;
    }

    // ---- sources

    private static Set<String> createdObjects() {
        Set<String> created = new TreeSet<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            Matcher matcher = CREATED.matcher(withoutComments(read(file)));
            while (matcher.find()) {
                created.add(matcher.group(2).toLowerCase());
            }
        }
        return created;
    }

    private static List<String> modules() {
        try (Stream<Path> entries = Files.list(JAVA)) {
            return entries.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code .sql} resource belongs to the module its path names, e.g. {@code no/iaverk/statistics/x.sql}. */
    private static String moduleOfResource(Path file) {
        for (Path part : RESOURCES.relativize(file)) {
            if (modules().contains(part.toString())) {
                return part.toString();
            }
        }
        throw new AssertionError(file + " lies in no module's folder, so nobody owns its SQL");
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contents of a Java file's string literals and text blocks; comments and char literals are skipped. */
    static List<String> stringLiterals(String java) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                i = endOf(java, "\n", i + 2);
            } else if (java.startsWith("/*", i)) {
                i = endOf(java, "*/", i + 2);
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(java.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < n && java.charAt(i) != c) {
                    if (java.charAt(i) == '\\') {
                        i++;
                    }
                    if (i < n) {
                        literal.append(java.charAt(i));
                    }
                    i++;
                }
                i++;
                if (c == '"') {
                    literals.add(literal.toString());
                }
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int endOf(String text, String marker, int from) {
        int end = text.indexOf(marker, from);
        return end < 0 ? text.length() : end + marker.length();
    }
}
