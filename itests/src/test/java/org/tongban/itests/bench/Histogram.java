package org.tongban.itests.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/** A class histogram of this JVM (the GC.class_histogram diagnostic command), to show which classes a session's heap is made of. */
record Histogram(Map<String, Long> bytesByClass) {

    /**
     * Asks the JVM's own DiagnosticCommand MBean, in process. Running {@code jcmd} against this JVM deadlocks on a
     * large heap: the VM thread streams the histogram to jcmd at a safepoint, jcmd blocks on its full output pipe,
     * and the thread that would drain that pipe is stopped at the same safepoint.
     */
    static Histogram take() throws JMException {
        String output = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {null},
                        new String[] {String[].class.getName()});
        Map<String, Long> bytes = new HashMap<>();
        for (String line : output.split("\n")) {
            String[] cols = line.trim().split("\\s+");
            // "  1:   12345   678900  java.lang.String (java.base@25)"
            if (cols.length >= 4 && cols[0].endsWith(":")) {
                bytes.merge(cols[3], Long.parseLong(cols[2]), Long::sum);
            }
        }
        return new Histogram(bytes);
    }

    List<String> growthSince(Histogram before, int sessions, int top) {
        return bytesByClass.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytesByClass.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .map(e -> String.format("%-70s %7.1f KiB", e.getKey(), e.getValue() / 1024.0 / sessions))
                .toList();
    }
}
