package org.tongban.itests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a distribution's {@code bin/tongban} as an operator would, with this JVM's Java. */
public final class Launcher {

    private Launcher() {}

    /**
     * The command's exit code, its combined output and how long it took.
     *
     * @param exitCode the process's exit code
     * @param output standard output and error
     * @param millis wall-clock time
     */
    public record Result(int exitCode, String output, long millis) {}

    public static Result run(Path home, String... arguments) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("bash", home.resolve("bin/tongban").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        long started = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/tongban " + String.join(" ", arguments) + " did not finish");
        }
        return new Result(process.exitValue(), output, (System.nanoTime() - started) / 1_000_000);
    }
}
