package org.tongban.itests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A class histogram of this JVM (jcmd GC.class_histogram), to show which classes a session's heap is made of. */
record Histogram(Map<String, Long> bytesByClass) {

    static Histogram take() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(
                        jcmd.toString(), Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
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
