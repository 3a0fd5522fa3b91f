package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.tongban.intake.CaseFiles;
import org.tongban.platform.files.FileType;

/**
 * Download links of a case's files: always an attachment, with the type its bytes have if it is the one the file
 * store recorded, else {@code application/octet-stream}, so nothing uploaded ever opens as a page of this site.
 */
final class FileLinks {
    private FileLinks() {}

    static Anchor link(String text, Supplier<CaseFiles.Download> fetch) {
        DownloadHandler download = DownloadHandler.fromInputStream(event -> {
            CaseFiles.Download file = fetch.get();
            return new DownloadResponse(
                    new ByteArrayInputStream(file.content()),
                    file.file().name(),
                    mediaType(file),
                    file.content().length);
        });
        Anchor anchor = new Anchor(download, text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    static String mediaType(CaseFiles.Download file) {
        return FileType.detect(file.content())
                .filter(type -> type == file.file().type())
                .map(FileType::mediaType)
                .orElse("application/octet-stream");
    }
}
