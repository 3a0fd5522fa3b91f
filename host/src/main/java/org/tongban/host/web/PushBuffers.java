package org.tongban.host.web;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletConfig;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;

/**
 * Vaadin sets Atmosphere's {@code org.atmosphere.websocket.bufferSize} to 16,384, and Atmosphere 3 allocates a byte
 * buffer and a char buffer of that size for every push websocket (48 KiB per open console or portal page) that it
 * never reads or writes: only the websocket's constructor and {@code close()} touch them. Messages are framed by
 * Jetty and by {@code maxTextMessageSize}, which stays as Vaadin sets it.
 */
final class PushBuffers {
    /** What each websocket still allocates for the unused buffers. */
    static final int BUFFER_SIZE = 256;

    private PushBuffers() {}

    /** Shrinks the unused buffers of the websockets that the servlet's Atmosphere opens from now on. */
    static void shrink(ServletConfig servlet) {
        Object framework = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        if (framework instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, Integer.toString(BUFFER_SIZE));
        }
    }

    /** The buffer size the servlet's websockets are opened with, or null without push. */
    static String bufferSize(ServletConfig servlet) {
        Object framework = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        return framework instanceof AtmosphereFramework atmosphere
                ? atmosphere.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE)
                : null;
    }
}
