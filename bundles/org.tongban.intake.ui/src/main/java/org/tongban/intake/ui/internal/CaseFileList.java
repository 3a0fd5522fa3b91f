package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.tongban.intake.CaseFile;
import org.tongban.intake.CaseFiles;
import org.tongban.platform.files.FileType;
import org.tongban.platform.ui.BoundedUpload;

/**
 * The case's files on the case page, each a download through {@link CaseFiles#download} (the service checks the
 * clerk's right and audits the read when the link is followed): always an attachment, of the type its bytes have.
 */
final class CaseFileList extends Div {

    CaseFileList(Component page, CaseFiles files, String number) {
        setId("intake-case-files");
        add(new H3(page.getTranslation("intake.ui.case.files")));
        List<CaseFile> all = files.list(number);
        if (all.isEmpty()) {
            add(new Paragraph(page.getTranslation("intake.ui.case.noFiles")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (CaseFile file : all) {
            DownloadHandler download = DownloadHandler.fromInputStream(event -> {
                CaseFiles.Download got = files.download(number, file.fileId());
                String type = FileType.detect(got.content())
                        .filter(t -> t == got.file().type())
                        .map(FileType::mediaType)
                        .orElse("application/octet-stream");
                return new DownloadResponse(
                        new ByteArrayInputStream(got.content()), got.file().name(), type, got.content().length);
            });
            Anchor link = new Anchor(
                    download,
                    page.getTranslation(
                            "intake.ui.case.file",
                            file.material(),
                            file.name(),
                            BoundedUpload.size(file.size()),
                            page.getTranslation(
                                    "intake.ui.case.purpose." + file.purpose().name()),
                            Labels.time(file.attachedAt())));
            link.getElement().setAttribute("download", true);
            list.add(new ListItem(link));
        }
        add(list);
    }
}
