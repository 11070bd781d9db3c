package no.iaverk.statistics;

import java.util.List;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the statistics tables and imports quarters for a test. */
final class StatisticsTestSupport {

    private StatisticsTestSupport() {}

    static void clear(JdbcClient jdbc) {
        jdbc.sql("truncate sick_leave_category, sick_leave_snapshot, sick_leave_publication_date")
                .update();
        jdbc.sql("delete from sick_leave_quarter").update();
        for (String partition : jdbc.sql("select inhrelid::regclass::text from pg_inherits"
                        + " where inhparent = 'sick_leave_enterprise'::regclass")
                .query(String.class)
                .list()) {
            jdbc.sql("drop table " + partition).update();
        }
    }

    static StatisticsImportReport run(StatisticsImport statisticsImport, List<ImportSource> sources) {
        return statisticsImport.run(sources, "test", ImportProgress.NONE);
    }
}
