package org.tongban.host.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * HTTP/1.1 connections that keep the first bytes of the request line they are parsing. When Jetty refuses a request
 * line it cannot parse (an undecodable escape or a control character in the path, a URI too long, an unknown HTTP
 * version) it replaces the target with {@code /badMessage} before any error handler sees it; the kept bytes tell
 * {@link ErrorPages} whether the client asked for the API, which must answer JSON even then.
 */
final class RequestLineConnectionFactory extends HttpConnectionFactory {

    /** Enough of the request line to see the method and whether the target starts with {@code /api}. */
    static final int KEPT = 64;

    RequestLineConnectionFactory(HttpConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        RequestLineConnection connection = new RequestLineConnection(getHttpConfiguration(), connector, endPoint);
        connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    /** The target of the request line being parsed on the connection of {@code connection}, or "" if unknown. */
    static String target(Connection connection) {
        return connection instanceof RequestLineConnection kept ? kept.target() : "";
    }

    /** Jetty's connection, with a parser that keeps the start of each request line. */
    static final class RequestLineConnection extends HttpConnection {
        private final StringBuilder line = new StringBuilder();
        /** What {@link #line} holds, published for an error handler running on another thread. */
        private volatile String kept = "";
        /** The request line as it stood when the parser refused it, until the next request line starts. */
        private volatile String refused;

        RequestLineConnection(HttpConfiguration configuration, Connector connector, EndPoint endPoint) {
            super(configuration, connector, endPoint);
        }

        @Override
        protected HttpParser newHttpParser(HttpCompliance compliance) {
            HttpParser jettys = super.newHttpParser(compliance);
            HttpParser parser =
                    new HttpParser(
                            (HttpParser.RequestHandler) jettys.getHandler(),
                            getHttpConfiguration().getRequestHeaderSize(),
                            compliance) {
                        @Override
                        public boolean parseNext(ByteBuffer buffer) {
                            keep(getState(), buffer);
                            return super.parseNext(buffer);
                        }

                        @Override
                        protected void badMessage(org.eclipse.jetty.http.HttpException failure) {
                            // Jetty hands the error page to another thread right after this: fix what it will read.
                            refused = kept;
                            super.badMessage(failure);
                        }
                    };
            parser.setHeaderCacheSize(jettys.getHeaderCacheSize());
            parser.setHeaderCacheCaseSensitive(jettys.isHeaderCacheCaseSensitive());
            return parser;
        }

        /** Called by the parser thread only; {@link #kept} publishes the result. */
        private void keep(HttpParser.State state, ByteBuffer buffer) {
            boolean inRequestLine =
                    switch (state) {
                        case START, METHOD, SPACE1, URI -> true;
                        default -> false;
                    };
            if (!inRequestLine) {
                return;
            }
            ByteBuffer view = buffer.duplicate();
            if (state == HttpParser.State.START) {
                // Only a method starts a request line. After a refusal Jetty may go on reading the rest of the
                // oversized request (more of its URI) while the error page is written on another thread; those
                // bytes must not replace the line the error page asks about.
                if (!startsWithMethod(view)) {
                    return;
                }
                line.setLength(0);
                refused = null;
            }
            int take = Math.min(view.remaining(), KEPT - line.length());
            if (take > 0) {
                byte[] bytes = new byte[take];
                view.get(bytes);
                line.append(new String(bytes, StandardCharsets.ISO_8859_1));
                kept = line.toString();
            }
        }

        /** Whether the first byte after any blank lines is an upper-case letter, as every HTTP method begins. */
        private static boolean startsWithMethod(ByteBuffer view) {
            for (int i = view.position(); i < view.limit(); i++) {
                byte b = view.get(i);
                if (b != '\r' && b != '\n') {
                    return b >= 'A' && b <= 'Z';
                }
            }
            return false;
        }

        String target() {
            String seen = refused;
            String text = (seen != null ? seen : kept).stripLeading();
            int space = text.indexOf(' ');
            if (space < 0) {
                return "";
            }
            String rest = text.substring(space + 1);
            int end = rest.indexOf(' ');
            return end < 0 ? rest : rest.substring(0, end);
        }
    }
}
