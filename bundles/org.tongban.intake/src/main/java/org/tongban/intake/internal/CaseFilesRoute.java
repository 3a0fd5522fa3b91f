package org.tongban.intake.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.intake.CaseFile;
import org.tongban.intake.CaseFiles;
import org.tongban.intake.IntakeException;
import org.tongban.intake.IntakePermissions;
import org.tongban.platform.api.web.ApiException;
import org.tongban.platform.api.web.ApiRequest;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.HttpRoute;
import org.tongban.platform.files.SafeDownload;

/**
 * {@code GET /api/v1/intake/cases/{number}/files} lists a case's uploaded files and {@code .../files/{fileId}} hands one
 * out as an attachment of its allowlisted type, for a caller who may read the case; any other case or file is 404.
 */
@Component(service = ApiRoute.class)
@HttpRoute(
        method = "GET",
        path = {CaseFilesRoute.FILES, CaseFilesRoute.FILE},
        permission = IntakePermissions.READ)
public final class CaseFilesRoute implements ApiRoute {
    static final String FILES = "v1/intake/cases/{number}/files";
    static final String FILE = "v1/intake/cases/{number}/files/{fileId}";

    /** The answer of the list. */
    public record Files(List<CaseFile> files) {}

    private final CaseFiles files;

    @Activate
    public CaseFilesRoute(@Reference CaseFiles files) {
        this.files = files;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String number = request.pathParameter("number");
        try {
            if (FILES.equals(request.route())) {
                return ApiResponse.ok(new Files(files.list(number)));
            }
            long fileId;
            try {
                fileId = Long.parseLong(request.pathParameter("fileId"));
            } catch (NumberFormatException e) {
                throw ApiException.notFound("文件不存在");
            }
            CaseFiles.Download download = files.download(number, fileId);
            return SafeDownload.of(download.file(), download.content());
        } catch (IntakeException e) {
            if ("intake.error.caseNotFound".equals(e.key())) {
                throw new ApiException(404, e.localizedMessage());
            }
            throw e;
        }
    }

    @Override
    public String openApi() {
        return CaseRoutes.OPEN_API;
    }
}
