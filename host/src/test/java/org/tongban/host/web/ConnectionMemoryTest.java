package org.tongban.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.host.HostOptions;
import org.tongban.host.Main;

/**
 * What each open browser costs the server beyond its Vaadin UI: its kept-alive HTTP connection and its push
 * websocket. Both used to carry buffers nobody reads (a 64 KiB header cache, 48 KiB of Atmosphere buffers).
 */
class ConnectionMemoryTest {

    @TempDir
    Path home;

    private Main.Host host;

    @AfterEach
    void stop() {
        if (host != null) {
            host.stop();
        }
    }

    @Test
    void connectionsKeepNoCacheOfHeaderFields() {
        HostOptions options = new HostOptions(Path.of("."), 0, false, false, new Properties());
        assertThat(new WebServer(options).httpConfiguration().getHeaderCacheSize())
                .isZero();
    }

    @Test
    void pushWebsocketsAllocateOnlySmallUnusedBuffers() throws Exception {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/startup.json"), "[]");
        Files.writeString(
                home.resolve("conf/tongban.properties"),
                "port=0\nhost=127.0.0.1\ncity=jinan\ntheme=jinan\n",
                StandardCharsets.ISO_8859_1);
        host = new Main.Host(HostOptions.parse("--home", home.toString()));
        host.start();

        ServletHolder vaadin = Arrays.stream(
                        host.web().webApplication().getServletHandler().getServlets())
                .filter(holder -> TongbanServlet.class.getName().equals(holder.getClassName()))
                .findFirst()
                .orElseThrow();
        assertThat(PushBuffers.bufferSize(vaadin.getServletInstance().getServletConfig()))
                .isEqualTo(Integer.toString(PushBuffers.BUFFER_SIZE));
    }
}
