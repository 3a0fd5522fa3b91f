package org.tongban.catalogue.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.ui.pdf.NoticePdf;
import org.tongban.catalogue.ui.pdf.OneTimeNotices;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.api.web.ApiEndpoint;
import org.tongban.platform.api.web.ApiErrors;

/**
 * {@code GET /api/v1/matters} (published matters seen from a jurisdiction, filtered and paged) and
 * {@code GET /api/v1/matters/{code}} (one published guide with its FAQ entries) and
 * {@code GET /api/v1/matters/{code}/notice.pdf} (its one-time notice). Only published data is served, so
 * no login is needed; bad parameters get a 400 and unknown codes a 404, both with a Chinese message.
 */
@Component(service = ApiEndpoint.class)
public final class MattersEndpoint implements ApiEndpoint {
    static final String PATH = "v1/matters";
    static final String NOTICE_SUFFIX = "/notice.pdf";
    // All of China keeps Beijing time, whatever zone the server runs in.
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private final String rootJurisdiction;
    private final MatterJson json;

    @Activate
    public MattersEndpoint(
            @Reference MatterCatalogue catalogue, @Reference Jurisdictions jurisdictions, BundleContext context) {
        this(catalogue, jurisdictions, context.getProperty(PlatformProperties.ROOT_JURISDICTION));
    }

    MattersEndpoint(MatterCatalogue catalogue, Jurisdictions jurisdictions, String rootJurisdiction) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        this.rootJurisdiction = rootJurisdiction;
        this.json = new MatterJson(
                code -> jurisdictions.find(code).map(Jurisdiction::name).orElse(null));
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public void get(String subPath, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = subPath == null ? "" : subPath;
        try {
            if (rest.isEmpty() || rest.equals("/")) {
                list(request, response);
            } else if (rest.indexOf('/', 1) < 0) {
                one(rest.substring(1), response);
            } else if (rest.endsWith(NOTICE_SUFFIX) && rest.indexOf('/', 1) == rest.length() - NOTICE_SUFFIX.length()) {
                notice(rest.substring(1, rest.length() - NOTICE_SUFFIX.length()), response);
            } else {
                ApiErrors.notFound(response, "没有这个接口：/api/" + PATH + rest);
            }
        } catch (BadRequest | CatalogueException e) {
            // The catalogue's own refusals (a page out of range) are the client's mistakes too.
            ApiErrors.badRequest(response, e.getMessage());
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MatterQuery query = MatterParameters.query(request.getParameterMap(), rootJurisdiction);
        if (query.jurisdictionCode() == null
                || jurisdictions.find(query.jurisdictionCode()).isEmpty()) {
            throw new BadRequest("没有这个行政区划：" + query.jurisdictionCode());
        }
        if (query.departmentCode() != null
                && catalogue.department(query.departmentCode()).isEmpty()) {
            throw new BadRequest("没有这个部门：" + query.departmentCode());
        }
        if (query.lifeEventCode() != null
                && catalogue.lifeEvent(query.lifeEventCode()).isEmpty()) {
            throw new BadRequest("没有这个“一件事”：" + query.lifeEventCode());
        }
        write(response, json.page(catalogue.publishedMatters(query)));
    }

    private void one(String code, HttpServletResponse response) throws IOException {
        MatterParameters.code("code", code);
        Optional<ServiceGuide> guide = catalogue.publishedGuide(code);
        if (guide.isEmpty()) {
            ApiErrors.notFound(response, "没有已发布的事项：" + code);
            return;
        }
        String department = guide.get().matter().departmentCode();
        write(response, json.guide(guide.get(), catalogue.department(department).orElse(null), catalogue.faqs(code)));
    }

    /** The one-time notice as the portal offers it, for front ends that cannot run the portal's download. */
    private void notice(String code, HttpServletResponse response) throws IOException {
        MatterParameters.code("code", code);
        Optional<Matter> matter = catalogue.publishedMatter(code);
        if (matter.isEmpty()) {
            ApiErrors.notFound(response, "没有已发布的事项：" + code);
            return;
        }
        String department = catalogue
                .department(matter.get().departmentCode())
                .map(Department::name)
                .orElse(matter.get().departmentCode());
        String jurisdiction = jurisdictions
                .find(matter.get().jurisdictionCode())
                .map(Jurisdiction::name)
                .orElse(matter.get().jurisdictionCode());
        byte[] pdf = NoticePdf.bytes(OneTimeNotices.of(matter.get(), department, jurisdiction, LocalDate.now(ZONE)));
        String fileName = OneTimeNotices.fileName(matter.get());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"notice-" + code + ".pdf\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private static void write(HttpServletResponse response, JsonNode body) throws IOException {
        byte[] bytes = MatterJson.MAPPER.writeValueAsBytes(body);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json;charset=UTF-8");
        // Published guides change rarely; a minute of caching spares the database under load.
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    @Override
    public String openApi() {
        return OpenApiHolder.TEXT;
    }

    private static final class OpenApiHolder {
        static final String TEXT = load();

        private static String load() {
            try (InputStream in = MattersEndpoint.class.getResourceAsStream("/openapi/matters.json")) {
                if (in == null) {
                    throw new IllegalStateException("openapi/matters.json is missing from the bundle");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
