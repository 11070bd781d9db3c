package no.iaverk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Wall-clock time and CPU time of an action: the JVM process's CPU plus that of the embedded PostgreSQL's processes (the
 * postmaster of {@code dataDir} and its children, read from /proc). On a machine shared with other builds the wall
 * clock mostly measures the queue for the two cores; the CPU seconds are what the action costs, and on an idle machine
 * a single-threaded request takes about that long.
 */
final class CpuTimings {

    record Result(
            String name, int runs, double wallP50, double wallMax, double cpuP50, double cpuMax, double postgresP50) {
        @Override
        public String toString() {
            return ("%-36s runs=%d  wall p50=%5.0f ms max=%5.0f ms   CPU (JVM + PostgreSQL) p50=%4.0f ms max=%4.0f ms"
                            + " (PostgreSQL's p50 %4.0f ms)")
                    .formatted(name, runs, wallP50, wallMax, cpuP50, cpuMax, postgresP50);
        }
    }

    private static final double MILLIS_PER_TICK = 10; // USER_HZ is 100 on Linux

    private final Path dataDir;

    CpuTimings(Path dataDir) {
        this.dataDir = dataDir;
    }

    <T> Result measure(String name, int warmup, int runs, Supplier<T> action) {
        for (int i = 0; i < warmup; i++) {
            action.get();
        }
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> postgres = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double jvmBefore = jvmMillis();
            double postgresBefore = postgresTicks() * MILLIS_PER_TICK;
            long start = System.nanoTime();
            action.get();
            wall.add((System.nanoTime() - start) / 1e6);
            double postgresUsed = postgresTicks() * MILLIS_PER_TICK - postgresBefore;
            cpu.add(jvmMillis() - jvmBefore + postgresUsed);
            postgres.add(postgresUsed);
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        Collections.sort(postgres);
        return new Result(
                name,
                runs,
                Timings.percentile(wall, 50),
                wall.get(runs - 1),
                Timings.percentile(cpu, 50),
                cpu.get(runs - 1),
                Timings.percentile(postgres, 50));
    }

    private static double jvmMillis() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e6;
    }

    /** utime + stime of the postmaster and every process it started. */
    private long postgresTicks() {
        try {
            String postmaster = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
            long ticks = 0;
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.toList()) {
                    if (!process.getFileName().toString().chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    String[] stat = stat(process);
                    if (stat != null && (stat[0].equals(postmaster) || stat[3].equals(postmaster))) {
                        ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                    }
                }
            }
            return ticks;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the PostgreSQL processes' CPU time", e);
        }
    }

    /** /proc/[pid]/stat split into fields, the command (which may hold spaces) replaced by one field. */
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).trim().split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = line.substring(0, line.indexOf(' '));
            fields[1] = "comm";
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null; // the process ended meanwhile
        }
    }
}
