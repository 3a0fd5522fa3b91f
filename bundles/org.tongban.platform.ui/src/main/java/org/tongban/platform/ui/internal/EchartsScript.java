package org.tongban.platform.ui.internal;

import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Serves Apache ECharts from this bundle at one address per version of the script, {@code
 * tongban-ui/echarts-<hash>.min.js}, cached by browsers for a year. The Vaadin servlet only serves static files of the
 * host's class path, so the kit answers through a request handler of the session that shows a chart: the page asks
 * for the script right after the chart is attached, in that same session.
 */
public final class EchartsScript implements RequestHandler {
    private static final long serialVersionUID = 1L;

    static final String RESOURCE = "echarts/echarts.min.js";
    private static final String PREFIX = "tongban-ui/echarts-";
    private static final String ATTRIBUTE = EchartsScript.class.getName();

    private EchartsScript() {}

    /** The script's address relative to the application root; registers the handler in the session once. */
    public static String register(VaadinSession session) {
        if (session != null && session.getAttribute(ATTRIBUTE) == null) {
            EchartsScript handler = new EchartsScript();
            session.setAttribute(ATTRIBUTE, handler);
            session.addRequestHandler(handler);
        }
        return path();
    }

    /** {@code tongban-ui/echarts-<first 12 hex digits of its SHA-256>.min.js}. */
    public static String path() {
        return PREFIX + Script.HASH + ".min.js";
    }

    /** Whether the bundle carries the script (the build unpacks it from the ECharts webjar). */
    public static boolean available() {
        return Script.BYTES.length > 0;
    }

    @Override
    public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
            throws IOException {
        String pathInfo = request.getPathInfo();
        if (pathInfo == null || !pathInfo.equals("/" + path()) || !available()) {
            return false;
        }
        response.setStatus(200);
        response.setContentType("text/javascript;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(Script.BYTES.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(Script.BYTES);
        }
        return true;
    }

    /** Loaded on first use: about 1 MB. */
    private static final class Script {
        static final byte[] BYTES = read();
        static final String HASH = hash(BYTES);

        private static byte[] read() {
            try (InputStream in = EchartsScript.class.getResourceAsStream(RESOURCE)) {
                return in == null ? new byte[0] : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String hash(byte[] bytes) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                        .substring(0, 12);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
