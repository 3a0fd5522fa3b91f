package org.tongban.itests.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A distribution folder run in its own JVM, as {@code bin/tongban run} would, so that a test can kill it with
 * {@code kill -9} ({@link Process#destroyForcibly()}) and start the same folder again.
 */
public final class NodeProcess {
    private final Process process;
    private final Path home;
    private final int port;

    private NodeProcess(Process process, Path home, int port) {
        this.process = process;
        this.home = home;
        this.port = port;
    }

    /** Starts the distribution in {@code home} in demo mode on a free port; its output goes to {@code node.out}. */
    public static NodeProcess startDemo(Path home) throws IOException {
        return startDemo(home, List.of());
    }

    /** As {@link #startDemo(Path)}, with options for the node's JVM (for example the launcher's heap settings). */
    public static NodeProcess startDemo(Path home, List<String> jvmOptions) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String launcher = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(launcher));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Dtongban.home=" + home,
                "-Dlogback.configurationFile=" + home.resolve("conf/logback.xml"),
                "-cp",
                home.resolve("lib") + "/*",
                "org.tongban.host.Main",
                "--home",
                home.toString(),
                "--port",
                Integer.toString(port),
                "--demo"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("node.out").toFile())
                .start();
        return new NodeProcess(process, home, port);
    }

    /** The node's operating-system process id (for {@code jcmd}). */
    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A normal stop, as {@code bin/tongban stop} does it; forced after 30 seconds. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** {@code kill -9}: no shutdown hook, no stop of the framework, open transactions simply end. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the node did not die");
        }
    }

    /** The node's log, to explain a failure. */
    public String log() {
        try {
            Path log = home.resolve("logs/tongban.log");
            return Files.readString(Files.exists(log) ? log : home.resolve("node.out"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
