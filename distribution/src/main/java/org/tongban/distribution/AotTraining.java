package org.tongban.distribution;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes {@code lib/tongban.aot}, the JDK's ahead-of-time cache of the host's classes (JDK 25+, JEP 483/514): the
 * distribution is started once through its own {@code bin/tongban} with {@code TONGBAN_AOT_TRAINING} set, serves its
 * first pages, and is stopped; the JVM writes the classes it loaded and linked at exit. The JDK accepts the cache for
 * the same jars in the same order below another folder (it compares the class path past its common prefix, and each
 * jar's size and time), so a copied or unpacked distribution (times kept) starts from it; any other JVM or a changed
 * jar simply ignores it. A first start needs about a third less CPU with it.
 */
final class AotTraining {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    /** Pages whose classes a first visitor needs: the portal's front page and the console's login. */
    private static final List<String> PAGES = List.of("/", "/console");

    private AotTraining() {}

    /** Returns true when the cache was written; a JVM older than 25 writes none and the distribution runs without. */
    static boolean train(Path home) throws IOException, InterruptedException {
        if (Runtime.version().feature() < 25) {
            System.out.println("[tongban] no AOT cache for " + home.getFileName() + ": needs JDK 25 or later");
            return false;
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/tongban").toString(), "run", "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("logs/aot-training.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("TONGBAN_AOT_TRAINING", "true");
        builder.environment().remove("JAVA_OPTS");
        Process process = builder.start();
        try {
            visit(process, port);
        } finally {
            process.destroy(); // the JVM writes the cache as it exits
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
        Path cache = home.resolve("lib/tongban.aot");
        boolean made = Files.isRegularFile(cache);
        System.out.printf(
                "[tongban] AOT cache for %s: %s%n",
                home.getFileName(),
                made ? Files.size(cache) / (1024 * 1024) + " MiB" : "not written (see logs/aot-training.log)");
        return made;
    }

    private static void visit(Process process, int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        for (String page : PAGES) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                    .build();
            while (true) {
                try {
                    if (client.send(request, HttpResponse.BodyHandlers.ofString())
                            .body()
                            .contains("<html")) {
                        break;
                    }
                } catch (IOException notListeningYet) {
                    // the port opens once every bundle has started
                }
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("The training run did not serve " + page);
                }
                Thread.sleep(100);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
