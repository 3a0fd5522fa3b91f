package org.tongban.itests.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A second Jinan node on the first one's PostgreSQL: the same distribution in its own folder and JVM, as a second
 * server would run it, with a copy of the first node's audit key as the operators' guide asks.
 */
public final class SecondNode implements AutoCloseable {
    private final NodeProcess node;
    private final Path home;

    private SecondNode(NodeProcess node, Path home) {
        this.node = node;
        this.home = home;
    }

    /** Starts it in demo mode and waits until its /health answers 200. */
    public static SecondNode start(Postgres pg, Map<String, Object> worktime, Path auditKey) throws Exception {
        Path dist = Path.of(System.getProperty("tongban.dist", "../distribution/target"), "tongban-jinan");
        Path home = Files.createTempDirectory("tongban-node-b-");
        TongbanInstance.copy(dist, home);
        Files.createDirectories(home.resolve("data"));
        Files.copy(auditKey, home.resolve("data/audit-chain.key"));
        Path conf = home.resolve("conf/configurations.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode all = (ObjectNode) json.readTree(conf.toFile());
        all.putObject("org.tongban.platform.persistence")
                .put("url", pg.url())
                .put("user", Postgres.USER)
                .put("password", "");
        ObjectNode wt = all.has("org.tongban.worktime")
                ? (ObjectNode) all.get("org.tongban.worktime")
                : all.putObject("org.tongban.worktime");
        worktime.forEach((k, v) -> wt.put(k, ((Number) v).intValue()));
        json.writeValue(conf.toFile(), all);
        SecondNode second = new SecondNode(NodeProcess.startDemo(home), home);
        TongbanInstance.await(Duration.ofSeconds(120), second::healthy);
        return second;
    }

    public String baseUrl() {
        return node.baseUrl();
    }

    public boolean alive() {
        return node.alive();
    }

    /** {@code kill -9}. */
    public void kill() throws InterruptedException {
        node.kill();
    }

    boolean healthy() {
        if (!node.alive()) {
            throw new AssertionError("node B stopped:\n" + node.log());
        }
        try {
            return HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (node.alive()) {
                node.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
