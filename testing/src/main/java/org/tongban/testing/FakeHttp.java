package org.tongban.testing;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Just enough of a servlet request and response for an API endpoint: parameters in, status, headers and body out. */
public final class FakeHttp {
    private FakeHttp() {}

    /** A GET request with these query parameters, for example {@code "page", "2", "page", "3"}. */
    public static HttpServletRequest request(String... nameValuePairs) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.merge(nameValuePairs[i], new String[] {nameValuePairs[i + 1]}, (a, b) -> {
                String[] both = new String[a.length + b.length];
                System.arraycopy(a, 0, both, 0, a.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
            });
        }
        return (HttpServletRequest) Proxy.newProxyInstance(
                FakeHttp.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getParameterMap" -> Map.copyOf(parameters);
                    case "getParameter" -> {
                        String[] values = parameters.get((String) args[0]);
                        yield values == null ? null : values[0];
                    }
                    case "getMethod" -> "GET";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A response that records what the endpoint wrote; anything else an endpoint calls fails the test. */
    public static final class Response {
        private final Map<String, String> headers = new HashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private int status = 200;
        private String contentType;

        private final HttpServletResponse servlet = (HttpServletResponse) Proxy.newProxyInstance(
                FakeHttp.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> status = (Integer) args[0];
                        case "setContentType" -> contentType = (String) args[0];
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setContentLength" -> headers.put("Content-Length", String.valueOf(args[0]));
                        case "getOutputStream" -> {
                            return new Output(body);
                        }
                        case "isCommitted" -> {
                            return false;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });

        /** What the endpoint writes to. */
        public HttpServletResponse servlet() {
            return servlet;
        }

        public int status() {
            return status;
        }

        public String contentType() {
            return contentType;
        }

        public Map<String, String> headers() {
            return headers;
        }

        public byte[] bytes() {
            return body.toByteArray();
        }

        /** The body as UTF-8 text. */
        public String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class Output extends ServletOutputStream {
        private final ByteArrayOutputStream target;

        Output(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}
    }
}
