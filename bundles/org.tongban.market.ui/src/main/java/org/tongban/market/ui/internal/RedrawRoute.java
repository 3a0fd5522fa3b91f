package org.tongban.market.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.market.DrawInputs;
import org.tongban.market.Projects;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code GET /api/v1/market/redraw.js} (the re-run program: in the draw page it re-checks the draw in the visitor's
 * browser; {@code node redraw.js draw-inputs.txt} runs it standalone), {@code GET /api/v1/market/Redraw.java} (the
 * market's standalone program for the JDK alone: {@code java Redraw.java draw-inputs.txt}) and {@code GET
 * /api/v1/market/projects/{id}/draw-inputs.txt} (a project's published draw inputs as text, what the program reads).
 * Public: both only repeat what the draw page shows.
 */
@Component(service = ApiRoute.class)
@HttpRoute(
        path = {RedrawRoute.SCRIPT, RedrawRoute.JAVA, RedrawRoute.INPUTS},
        anonymous = true)
public final class RedrawRoute implements ApiRoute {
    static final String SCRIPT = "v1/market/redraw.js";
    static final String JAVA = "v1/market/Redraw.java";
    static final String INPUTS = "v1/market/projects/{id}/draw-inputs.txt";
    static final byte[] PROGRAM = load("/site/redraw.js");
    static final byte[] JAVA_PROGRAM = load("/site/Redraw.java");

    private final Projects projects;

    @Activate
    public RedrawRoute(@Reference Projects projects) {
        this.projects = projects;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (SCRIPT.equals(request.route())) {
            return ApiResponse.bytes("text/javascript;charset=UTF-8", PROGRAM)
                    .withHeader("Cache-Control", "public, max-age=3600");
        }
        if (JAVA.equals(request.route())) {
            return ApiResponse.bytes("text/plain;charset=UTF-8", JAVA_PROGRAM)
                    .withHeader("Content-Disposition", "attachment; filename=\"Redraw.java\"");
        }
        long id;
        try {
            id = Long.parseLong(request.pathParameter("id"));
        } catch (NumberFormatException e) {
            // Project numbers are digits: any other text names no project, as an unknown number does.
            throw ApiException.notFound("该项目没有公布的抽取输入：" + request.pathParameter("id"));
        }
        DrawInputs inputs = projects.drawInputs(id).orElseThrow(() -> ApiException.notFound("该项目没有公布的抽取输入：" + id));
        return ApiResponse.bytes("text/plain;charset=UTF-8", inputs.toText().getBytes(StandardCharsets.UTF_8))
                .withHeader("Content-Disposition", "attachment; filename=\"draw-inputs-" + id + ".txt\"");
    }

    private static byte[] load(String resource) {
        try (InputStream in = RedrawRoute.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
