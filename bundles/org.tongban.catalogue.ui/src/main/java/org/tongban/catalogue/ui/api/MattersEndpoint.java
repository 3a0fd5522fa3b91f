package org.tongban.catalogue.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.catalogue.AttachmentContent;
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
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;

/**
 * {@code GET /api/v1/matters} (published matters seen from a jurisdiction, filtered and paged) and
 * {@code GET /api/v1/matters/{code}} (one published guide with its FAQ entries) and
 * {@code GET /api/v1/matters/{code}/notice.pdf} (its one-time notice) and {@code GET /api/v1/attachments/{id}} (a
 * blank form or sample of a published guide, as a download). Only published data is served, so
 * no login is needed; bad parameters get a 400 and unknown codes a 404, both with a Chinese message.
 */
@Component(service = ApiRoute.class)
@HttpRoute(
        path = {MattersEndpoint.PATH, MattersEndpoint.ONE, MattersEndpoint.NOTICE, MattersEndpoint.ATTACHMENT},
        anonymous = true)
public final class MattersEndpoint implements ApiRoute {
    static final String PATH = "v1/matters";
    static final String ONE = "v1/matters/{code}";
    static final String NOTICE = "v1/matters/{code}/notice.pdf";
    static final String ATTACHMENT = "v1/attachments/{id}";
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
    public ApiResponse handle(ApiRequest request) {
        try {
            return switch (request.route()) {
                case ONE -> one(request.pathParameter("code"));
                case NOTICE -> notice(request.pathParameter("code"));
                case ATTACHMENT -> attachment(request.pathParameter("id"));
                default -> list(request);
            };
        } catch (BadRequest | CatalogueException e) {
            // The catalogue's own refusals (a page out of range) are the client's mistakes too.
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private ApiResponse list(ApiRequest request) {
        MatterQuery query = MatterParameters.query(request.parameters(), rootJurisdiction);
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
        return cached(json.page(catalogue.publishedMatters(query)));
    }

    private ApiResponse one(String code) {
        MatterParameters.code("code", code);
        Optional<ServiceGuide> guide = catalogue.publishedGuide(code);
        if (guide.isEmpty()) {
            throw ApiException.notFound("没有已发布的事项：" + code);
        }
        String department = guide.get().matter().departmentCode();
        Map<String, Department> joint = new LinkedHashMap<>();
        for (String jointCode : guide.get().matter().authority().jointDepartments()) {
            catalogue.department(jointCode).ifPresent(d -> joint.put(jointCode, d));
        }
        return cached(
                json.guide(guide.get(), catalogue.department(department).orElse(null), joint, catalogue.faqs(code)));
    }

    /**
     * A blank form or sample of a published guide, always as a download (its type was found from its content when it
     * was uploaded); gone once no published guide uses it.
     */
    private ApiResponse attachment(String id) {
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            // Not an id any attachment can have: no such attachment, as for an id no guide uses.
            throw ApiException.notFound(
                    "没有这个附件，附件编号应为64位十六进制数：" + (id == null ? "" : id.substring(0, Math.min(id.length(), 70))));
        }
        AttachmentContent content = catalogue
                .publishedAttachment(id)
                .orElseThrow(() -> ApiException.notFound("没有这个附件，或它所属的办事指南已不再公开：" + id));
        return ApiResponse.bytes(content.attachment().contentType(), content.bytes())
                .withHeader(
                        "Content-Disposition",
                        attachmentDisposition(content.attachment().fileName()))
                .withHeader("Cache-Control", "public, max-age=3600");
    }

    static String attachmentDisposition(String fileName) {
        return "attachment; filename=\"attachment\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The one-time notice as the portal offers it, for front ends that cannot run the portal's download. */
    private ApiResponse notice(String code) {
        MatterParameters.code("code", code);
        Optional<Matter> matter = catalogue.publishedMatter(code);
        if (matter.isEmpty()) {
            throw ApiException.notFound("没有已发布的事项：" + code);
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
        return ApiResponse.bytes("application/pdf", pdf)
                .withHeader(
                        "Content-Disposition",
                        "attachment; filename=\"notice-" + code + ".pdf\"; filename*=UTF-8''"
                                + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .withHeader("Cache-Control", "no-store");
    }

    /** Published guides change rarely; a minute of caching spares the database under load. */
    private static ApiResponse cached(JsonNode body) {
        return ApiResponse.ok(body).withHeader("Cache-Control", "public, max-age=60");
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
