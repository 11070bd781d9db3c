package no.iaverk.register.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Takes a table's secondary indexes and foreign keys off for a bulk load and puts the very same ones back, read from
 * the catalog, so the definitions live only in the migrations.
 */
final class TableDefinitions {

    record Index(String name, String definition) {}

    record ForeignKey(String name, String definition) {}

    private final JdbcClient jdbc;
    private final String table;
    private final List<Index> indexes;
    private final List<ForeignKey> foreignKeys;

    private TableDefinitions(JdbcClient jdbc, String table, List<Index> indexes, List<ForeignKey> foreignKeys) {
        this.jdbc = jdbc;
        this.table = table;
        this.indexes = indexes;
        this.foreignKeys = foreignKeys;
    }

    static TableDefinitions drop(JdbcClient jdbc, String table) {
        var indexes = jdbc.sql("""
                select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
                from pg_index i where i.indrelid = cast(:table as regclass) and not i.indisprimary
                """).param("table", table).query(Index.class).list();
        var foreignKeys =
                jdbc.sql("""
                select conname as name, pg_get_constraintdef(oid) as definition
                from pg_constraint where conrelid = cast(:table as regclass) and contype = 'f'
                """).param("table", table).query(ForeignKey.class).list();
        foreignKeys.forEach(key -> jdbc.sql("alter table " + table + " drop constraint " + key.name())
                .update());
        indexes.forEach(index -> jdbc.sql("drop index " + index.name()).update());
        return new TableDefinitions(jdbc, table, indexes, foreignKeys);
    }

    void restore() {
        indexes.forEach(index -> jdbc.sql(index.definition()).update());
        foreignKeys.forEach(
                key -> jdbc.sql("alter table " + table + " add constraint " + key.name() + " " + key.definition())
                        .update());
    }
}
