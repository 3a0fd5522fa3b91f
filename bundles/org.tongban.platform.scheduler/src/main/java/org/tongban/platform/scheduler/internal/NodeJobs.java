package org.tongban.platform.scheduler.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.scheduler.ScheduledJob;

/**
 * The node-scoped jobs of this node, on the scheduler's own threads of this node: nothing is stored, since every node
 * runs them for itself. One run of a job at a time; early runs asked for while one waits merge into it.
 */
final class NodeJobs {
    private static final Logger LOG = LoggerFactory.getLogger(NodeJobs.class);

    private final ScheduledExecutorService threads;
    private final Map<String, NodeJob> jobs = new ConcurrentHashMap<>();

    NodeJobs(int threads, String node) {
        this.threads = Executors.newScheduledThreadPool(
                Math.max(1, threads),
                Thread.ofPlatform()
                        .name("tongban-node-job-" + node + "-", 1)
                        .daemon(true)
                        .factory());
    }

    void add(ScheduledJob job, String name, Duration period) {
        NodeJob added = new NodeJob(job, name);
        NodeJob before = jobs.put(name, added);
        if (before != null) {
            before.cancel();
        }
        try {
            added.future = threads.scheduleWithFixedDelay(
                    added::run, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            jobs.remove(name, added);
        }
    }

    void remove(ScheduledJob job) {
        jobs.values().removeIf(j -> {
            if (j.job == job) {
                j.cancel();
                return true;
            }
            return false;
        });
    }

    boolean has(String name) {
        return jobs.containsKey(name);
    }

    void runSoon(String name) {
        NodeJob job = jobs.get(name);
        if (job != null && job.asked.compareAndSet(false, true)) {
            try {
                threads.execute(() -> {
                    job.asked.set(false);
                    job.run();
                });
            } catch (RejectedExecutionException stopped) {
                job.asked.set(false);
            }
        }
    }

    void stop() {
        jobs.values().forEach(NodeJob::cancel);
        jobs.clear();
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class NodeJob {
        final ScheduledJob job;
        final String name;
        final AtomicBoolean asked = new AtomicBoolean();
        volatile ScheduledFuture<?> future;
        volatile boolean cancelled;

        NodeJob(ScheduledJob job, String name) {
            this.job = job;
            this.name = name;
        }

        /** Runs the job; a periodic run and an early one never overlap. */
        synchronized void run() {
            if (cancelled) {
                return;
            }
            try {
                job.run();
            } catch (Exception | LinkageError e) {
                // The next period retries; a throwing job must not end its own schedule.
                LOG.warn("Node job {} failed: {}", name, e.toString());
            }
        }

        void cancel() {
            cancelled = true;
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}
