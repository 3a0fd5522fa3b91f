package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.OnlineApplications;
import org.tongban.platform.ui.BoundedUpload;
import org.tongban.platform.ui.Feedback;

/** 容缺 on the case page: each material accepted missing, its supply deadline and an upload that supplies it. */
final class ToleratedSection extends Div {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Component page;
    private final OnlineApplications online;
    private final long accountId;
    private final String number;
    private final Runnable reload;
    private final Span status = new Span();

    ToleratedSection(
            Component page,
            OnlineApplications online,
            long accountId,
            String number,
            List<ChecklistItem> open,
            Runnable reload) {
        this.page = page;
        this.online = online;
        this.accountId = accountId;
        this.number = number;
        this.reload = reload;
        setId("my-case-tolerated");
        add(new H2(page.getTranslation("intake.portal.case.tolerated")));
        int max = (int) Math.min(Integer.MAX_VALUE, online.maxUploadBytes());
        for (int i = 0; i < open.size(); i++) {
            ChecklistItem item = open.get(i);
            Upload upload = BoundedUpload.single(
                    page,
                    new BoundedUpload(
                            max,
                            (name, content) -> supply(item.name(), name, content),
                            name -> status.setText(page.getTranslation(
                                    "intake.portal.apply.tooLarge", name, BoundedUpload.size(max)))),
                    max,
                    ".pdf",
                    ".jpg",
                    ".jpeg",
                    ".png",
                    ".ofd");
            upload.setId("my-case-tolerated-upload-" + i);
            upload.getElement()
                    .setAttribute("aria-label", page.getTranslation("intake.portal.apply.uploadAria", item.name()));
            add(
                    new H3(item.name()),
                    new Paragraph(page.getTranslation(
                            "intake.portal.case.toleratedDue",
                            item.supplyDue() == null ? "" : WHEN.format(item.supplyDue()))),
                    upload);
        }
        status.setId("my-case-tolerated-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        add(status);
    }

    void supply(String material, String fileName, byte[] content) {
        try {
            online.supplyTolerated(accountId, number, material, fileName, content);
            Feedback.success(page.getTranslation("intake.portal.case.toleratedDone", material));
            reload.run();
        } catch (RuntimeException e) {
            String message = Feedback.standard().message(page, e);
            status.setText(message);
            Feedback.error(message);
        }
    }
}
