package org.tongban.search.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a query sequence against one target from several threads, each with a session of its own, for a warm-up and
 * then a measured period. Each thread walks the same sequence from its own offset, so every target gets the same
 * queries in the same proportions.
 */
final class LatencyLoad {

    /**
     * Latency percentiles in milliseconds, completed queries per second over the measured period, and the mean CPU
     * time per query of the calling thread in this JVM (all of it for Lucene and H2; only the client's part for
     * Elasticsearch and PostgreSQL): on a busy machine, latency above it is time spent waiting for a core.
     */
    record Figures(double p50, double p99, double throughput, double cpuMs, int queries) {}

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LatencyLoad() {}

    static Figures run(BenchTarget target, List<String> sequence, int threads, long warmUpMs, long measureMs)
            throws Exception {
        List<BenchTarget.Session> sessions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int[] positions = new int[threads];
            for (int t = 0; t < threads; t++) {
                sessions.add(target.open());
                positions[t] = t * sequence.size() / threads;
            }
            phase(pool, sessions, sequence, positions, warmUpMs);
            long start = System.nanoTime();
            long[][] measured = phase(pool, sessions, sequence, positions, measureMs);
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] latencies = measured[0];
            Arrays.sort(latencies);
            return new Figures(
                    latencies[latencies.length / 2] / 1e6,
                    latencies[(int) Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.99) - 1)] / 1e6,
                    latencies.length / elapsed,
                    Arrays.stream(measured[1]).sum() / 1e6 / latencies.length,
                    latencies.length);
        } finally {
            pool.shutdownNow();
            for (BenchTarget.Session s : sessions) {
                s.close();
            }
        }
    }

    /** Latencies, and the CPU time of each thread, in nanoseconds. */
    private static long[][] phase(
            ExecutorService pool,
            List<BenchTarget.Session> sessions,
            List<String> sequence,
            int[] positions,
            long millis)
            throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        List<Future<long[]>> futures = new ArrayList<>();
        long[] cpu = new long[sessions.size()];
        for (int t = 0; t < sessions.size(); t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                BenchTarget.Session session = sessions.get(thread);
                long[] times = new long[1 << 10];
                int n = 0;
                int position = positions[thread];
                long cpuStart = CPU.getCurrentThreadCpuTime();
                for (long now = System.nanoTime(); now < end; ) {
                    session.search(sequence.get(position++ % sequence.size()));
                    long done = System.nanoTime();
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = done - now;
                    now = done;
                }
                cpu[thread] = CPU.getCurrentThreadCpuTime() - cpuStart;
                positions[thread] = position;
                return Arrays.copyOf(times, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            try {
                all.add(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("query failed: " + e.getCause(), e.getCause());
            }
        }
        return new long[][] {all.stream().flatMapToLong(Arrays::stream).toArray(), cpu};
    }
}
