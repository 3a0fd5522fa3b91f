package org.tongban.intake.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tongban.platform.api.jdbc.JdbcTransactions;

/**
 * A plain sampling profiler for the benchmarks: every few milliseconds it takes the stacks of the threads whose name
 * starts with a prefix and counts, per sample, each Tongban method on the stack (inclusive: {@code JdbcDocuments.issue}
 * counts the rendering it calls) and what the innermost frames are doing: waiting for the database's answer, waiting
 * for a connection or a lock, or running. The benchmark's own frames, lambdas and the transaction wrapper are left
 * out.
 */
final class Sampler {
    /** Libraries counted as one entry each, by the package their frames are in. */
    private static final Map<String, String> LIBRARIES = Map.of(
            "org.apache.pdfbox.", "(PDFBox)",
            "org.apache.fontbox.", "(FontBox)",
            "org.bouncycastle.", "(Bouncy Castle)",
            "com.google.zxing.", "(ZXing)",
            "org.h2.", "(H2)",
            "org.postgresql.", "(PostgreSQL driver)");

    private final String threadPrefix;
    private final int everyMillis;
    private final Map<String, Integer> methods = new HashMap<>();
    private final Map<String, Integer> doing = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private int samples;
    private Thread thread;

    Sampler(String threadPrefix, int everyMillis) {
        this.threadPrefix = threadPrefix;
        this.everyMillis = everyMillis;
    }

    /** Starts sampling; a sampler stopped may start again and adds to its counts. */
    void start() {
        running.set(true);
        thread = Thread.ofPlatform().daemon(true).name("sampler").start(() -> {
            while (running.get()) {
                sample();
                try {
                    Thread.sleep(everyMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    void stop() throws InterruptedException {
        running.set(false);
        thread.join();
    }

    private void sample() {
        for (Map.Entry<Thread, StackTraceElement[]> each :
                Thread.getAllStackTraces().entrySet()) {
            Thread t = each.getKey();
            StackTraceElement[] stack = each.getValue();
            if (!t.getName().startsWith(threadPrefix) || stack.length == 0) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (StackTraceElement frame : stack) {
                String name = name(frame);
                if (name != null) {
                    seen.add(name);
                }
            }
            if (seen.isEmpty()) {
                continue; // an idle worker between submissions
            }
            samples++;
            seen.forEach(m -> methods.merge(m, 1, Integer::sum));
            doing.merge(doing(t.getState(), stack), 1, Integer::sum);
        }
    }

    private static String name(StackTraceElement frame) {
        String type = frame.getClassName();
        if (type.startsWith("org.tongban.")) {
            if (type.contains("Benchmark")
                    || type.equals(JdbcTransactions.class.getName())
                    || frame.getMethodName().startsWith("lambda$")) {
                return null; // the benchmark's own frames, the transaction's wrapper and lambdas say nothing
            }
            String simple = type.substring(type.lastIndexOf('.') + 1);
            int inner = simple.indexOf('$');
            return (inner > 0 ? simple.substring(0, inner) : simple) + "." + frame.getMethodName();
        }
        for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
            if (type.startsWith(library.getKey())) {
                return library.getValue();
            }
        }
        return null;
    }

    private static String doing(Thread.State state, StackTraceElement[] stack) {
        for (int i = 0; i < Math.min(stack.length, 25); i++) {
            String frame = stack[i].getClassName() + "." + stack[i].getMethodName();
            if (frame.startsWith("com.zaxxer.hikari.pool.HikariPool.getConnection")) {
                return "waiting for a pooled connection";
            }
            if (frame.startsWith("org.postgresql.core.PGStream.receive")
                    || frame.startsWith("sun.nio.ch.NioSocketImpl.read")) {
                return "waiting for PostgreSQL's answer (statements, row locks, commits)";
            }
            if (frame.startsWith("sun.nio.ch.FileChannelImpl.force")
                    || frame.startsWith("sun.nio.ch.FileDispatcherImpl")) {
                return "writing H2's file";
            }
        }
        String top = stack[0].getClassName() + "." + stack[0].getMethodName();
        boolean parked = state == Thread.State.BLOCKED
                || top.startsWith("jdk.internal.misc.Unsafe.park")
                || top.startsWith("java.lang.Object.wait")
                || top.startsWith("java.lang.Thread.sleep");
        if (!parked) {
            return "running";
        }
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return "waiting in " + type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
            }
        }
        return "waiting";
    }

    /** Prints the shares of the samples: what the threads were doing, then the top methods on their stacks. */
    void print(String prefix, int top) {
        System.out.printf(
                "%s: profile: %,d samples of the submitting threads every %d ms; share of the samples%n",
                prefix, samples, everyMillis);
        doing.entrySet().stream()
                .filter(e -> e.getValue() * 200 >= samples) // 0.5% and more
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e ->
                        System.out.printf("%s:   %5.1f%%  %s%n", prefix, 100.0 * e.getValue() / samples, e.getKey()));
        List<Map.Entry<String, Integer>> ranked = methods.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .toList();
        System.out.printf("%s:   on the stack (inclusive):%n", prefix);
        for (Map.Entry<String, Integer> e : ranked) {
            System.out.printf("%s:   %5.1f%%  %s%n", prefix, 100.0 * e.getValue() / samples, e.getKey());
        }
    }
}
