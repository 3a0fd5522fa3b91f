package org.tongban.platform.security.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread of this node that links pending audit entries into the chain: every second, and at once when woken
 * after a commit. Entries recorded on other nodes are chained by whichever node comes first; the head lock keeps
 * them in one sequence.
 */
final class AuditChainer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AuditChainer.class);

    private final AuditChain chain;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean woken = new AtomicBoolean();

    AuditChainer(AuditChain chain) {
        this.chain = chain;
        this.thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("tongban-audit-chainer").daemon(true).factory());
        thread.scheduleWithFixedDelay(this::chain, 1, 1, TimeUnit.SECONDS);
    }

    /** Asks for a run soon; many wakes before it starts make one run. */
    void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    woken.set(false);
                    chain();
                });
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                woken.set(false);
            }
        }
    }

    private void chain() {
        try {
            chain.chainPending();
        } catch (RuntimeException e) {
            // The database may be down; the entries wait in sec_audit_pending and the next run takes them.
            LOG.warn("Audit entries not chained yet: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        chain();
    }
}
