package org.tongban.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.platform.api.health.ComponentHealth;
import org.tongban.platform.api.health.HealthContributor;

/**
 * Two cities in one JVM, each a real host (framework, Jetty, Vaadin) on its own port with its own distribution folder:
 * each serves its own city, theme and health, because the web layer keeps nothing in static fields.
 */
class TwoHostsTest {

    @TempDir
    Path jinan;

    @TempDir
    Path qingdao;

    private final HttpClient http = HttpClient.newHttpClient();
    private Main.Host first;
    private Main.Host second;

    @AfterEach
    void stop() {
        if (first != null) {
            first.stop();
        }
        if (second != null) {
            second.stop();
        }
    }

    @Test
    void eachHostServesItsOwnCityThemeAndHealth() throws Exception {
        first = start(jinan, "jinan", "济南市政务服务网");
        second = start(qingdao, "qingdao", "青岛市政务服务网");
        assertThat(first.port()).isNotEqualTo(second.port());

        String jinanPage = get(first, "/");
        String qingdaoPage = get(second, "/");
        assertThat(jinanPage)
                .contains("<title>济南市政务服务网</title>")
                .contains("themes/jinan/theme.css")
                .contains("content=\"jinan\"")
                .doesNotContain("青岛");
        assertThat(qingdaoPage)
                .contains("<title>青岛市政务服务网</title>")
                .contains("themes/qingdao/theme.css")
                .contains("content=\"qingdao\"")
                .doesNotContain("济南");

        assertThat(get(first, "/themes/jinan/theme.css")).contains("jinan-blue");
        assertThat(status(first, "/themes/qingdao/theme.css")).isEqualTo(404);
        assertThat(get(second, "/themes/qingdao/theme.css")).contains("qingdao-green");

        // Each framework reports its own component; the health page asks its own framework only. These cities run
        // without the database bundle, so both answer 503 (the database is a core component), each with its own list.
        assertThat(health(first)).contains("city-jinan").doesNotContain("city-qingdao");
        assertThat(health(second)).contains("city-qingdao").doesNotContain("city-jinan");

        // Stopping one city leaves the other serving.
        first.stop();
        first = null;
        assertThat(get(second, "/")).contains("<title>青岛市政务服务网</title>");
        assertThat(health(second)).contains("city-qingdao");
    }

    private static Main.Host start(Path home, String city, String hallName) throws Exception {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/startup.json"), "[]");
        Files.writeString(
                home.resolve("conf/tongban.properties"),
                "port=0\nhost=127.0.0.1\ncity=" + city + "\ntheme=" + city + "\n",
                StandardCharsets.ISO_8859_1);
        Path theme = Files.createDirectories(home.resolve("themes").resolve(city));
        Files.writeString(
                theme.resolve("theme.json"),
                "{\"hallName\": \"" + hallName + "\", \"hallNameEnglish\": \"" + city + " services\"}");
        Files.writeString(
                theme.resolve("theme.css"),
                ":root { --tb-brand: " + city + (city.equals("jinan") ? "-blue" : "-green") + "; }");
        Main.Host host = new Main.Host(HostOptions.parse("--home", home.toString()));
        host.start();
        host.osgi()
                .bundleContext()
                .registerService(
                        HealthContributor.class,
                        () -> List.of(ComponentHealth.up("city-" + city, "serving " + city)),
                        null);
        return host;
    }

    private String get(Main.Host host, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(host, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private String health(Main.Host host) throws IOException, InterruptedException {
        HttpResponse<String> response = send(host, "/health");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\" : \"DOWN\"");
        return response.body();
    }

    private int status(Main.Host host, String path) throws IOException, InterruptedException {
        return send(host, path).statusCode();
    }

    private HttpResponse<String> send(Main.Host host, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + host.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
