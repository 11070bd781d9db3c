package no.iaverk.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.iaverk.IntegrationTest;
import no.iaverk.prioritization.internal.CandidateRebuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The candidates are swapped while people read the lists: readers must never wait for good behind the swap, nor the
 * swap behind readers. A test that hangs fails at the generous {@link #HANG} (a hang detector, not a speed limit).
 */
@IntegrationTest
class CallListRebuildConcurrencyTest extends CallListFixture {

    static final long HANG = 120;

    @Autowired
    CandidateRebuilder rebuilder;

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void pages_and_exports_run_while_the_candidates_are_rebuilt_again_and_again() throws Exception {
        List<Future<Integer>> readers = new ArrayList<>();
        for (int reader = 0; reader < 3; reader++) {
            boolean exporting = reader == 2;
            readers.add(threads.submit(() -> {
                int reads = 0;
                for (int i = 0; i < 40; i++) {
                    if (exporting) {
                        var out = new ByteArrayOutputStream();
                        list.export(filter("sort", "PERCENT"), ExportFormat.CSV, ADVISER, out);
                        assertThat(out.toString()).contains("ALFA BARNEHAGE");
                    } else {
                        var page = list.page(filter("county", "46", "size", "10"), ADVISER);
                        assertThat(page.total()).isEqualTo(3);
                        assertThat(page.rows()).hasSize(3);
                    }
                    reads++;
                }
                return reads;
            }));
        }
        Future<Integer> rebuilds = threads.submit(() -> {
            for (int i = 0; i < 20; i++) {
                assertThat(rebuilder.rebuild()).isEqualTo(6);
            }
            return 20;
        });

        for (Future<Integer> reader : readers) {
            assertThat(reader.get(HANG, TimeUnit.SECONDS)).isEqualTo(40);
        }
        assertThat(rebuilds.get(HANG, TimeUnit.SECONDS)).isEqualTo(20);
        assertThat(orgs("sort", "NAME")).hasSize(6);
    }

    @Test
    void a_slow_export_holds_up_neither_the_lists_nor_in_the_end_the_swap() throws Exception {
        CountDownLatch exportStarted = new CountDownLatch(1);
        CountDownLatch releaseExport = new CountDownLatch(1);
        Future<?> export = threads.submit(() -> {
            list.export(filter(), ExportFormat.CSV, ADVISER, new StalledStream(exportStarted, releaseExport));
            return null;
        });
        assertThat(exportStarted.await(HANG, TimeUnit.SECONDS)).isTrue();

        Future<Long> rebuild = threads.submit(rebuilder::rebuild);
        awaitSwapWaitingForALock();
        // A list must still come back, from the old table, though the swap is in line for it.
        Future<PriorityPage> page = threads.submit(() -> list.page(filter("size", "10"), ADVISER));
        assertThat(page.get(HANG, TimeUnit.SECONDS).total()).isEqualTo(6);
        if (rebuild.isDone()) {
            rebuild.get(); // a failure shows here
        }
        assertThat(rebuild.isDone()).as("the swap waits while the export reads").isFalse();

        releaseExport.countDown();
        export.get(HANG, TimeUnit.SECONDS);
        assertThat(rebuild.get(HANG, TimeUnit.SECONDS)).isEqualTo(6);
    }

    private void awaitSwapWaitingForALock() throws InterruptedException {
        for (int i = 0; i < HANG * 10; i++) {
            boolean waiting = jdbc.sql("""
                    select exists (select 1 from pg_stat_activity
                                   where wait_event_type = 'Lock' and query like 'drop table priority_candidate%')
                    """).query(Boolean.class).single();
            if (waiting) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the swap never waited for the export");
    }

    /** An export's file that stops taking bytes (a slow download) until released. */
    static final class StalledStream extends OutputStream {
        private final CountDownLatch started;
        private final CountDownLatch release;

        StalledStream(CountDownLatch started, CountDownLatch release) {
            this.started = started;
            this.release = release;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            started.countDown();
            try {
                if (!release.await(HANG, TimeUnit.SECONDS)) {
                    throw new IOException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
