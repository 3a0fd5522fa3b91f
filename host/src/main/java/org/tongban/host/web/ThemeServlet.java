package org.tongban.host.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Serves {@code themes/} of the distribution (CSS, scripts of the public pages, logos) as static files; nothing else, no directory listings. */
@WebServlet(urlPatterns = "/themes/*", name = "themes")
public class ThemeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "woff2", "font/woff2");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String relative = request.getPathInfo();
        Path root = WebHost.of(getServletContext())
                .host()
                .options()
                .home()
                .resolve("themes")
                .normalize();
        if (relative == null || relative.contains("..") || !relative.matches("/[a-z0-9-]+/[A-Za-z0-9._-]+")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = root.resolve(relative.substring(1)).normalize();
        String extension = file.getFileName().toString().replaceAll(".*\\.", "");
        if (!file.startsWith(root) || !Files.isRegularFile(file) || !TYPES.containsKey(extension)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(TYPES.get(extension));
        response.setHeader("Cache-Control", "max-age=300");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
