package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tongban.intake.CaseFile;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.OnlineApplications;
import org.tongban.intake.SupplementNotice;
import org.tongban.platform.ui.BoundedUpload;
import org.tongban.platform.ui.Feedback;

/**
 * 补正 online on the case page: the one-time notice's items, each with an upload and the files uploaded for it, the
 * last day (24:00), and the button that hands it in; after the day only the window helps.
 */
final class SupplementSection extends Div {
    private final Component page;
    private final OnlineApplications online;
    private final long accountId;
    private final String number;
    private final Runnable reload;
    private final Span status = new Span();

    SupplementSection(
            Component page, OnlineApplications online, long accountId, SupplementNotice notice, Runnable reload) {
        this.page = page;
        this.online = online;
        this.accountId = accountId;
        this.number = notice.number();
        this.reload = reload;
        setId("my-case-supplement");
        String day = DateTimeFormatter.ofPattern("yyyy年M月d日").format(notice.supplyBy());
        add(new H2(page.getTranslation("intake.portal.case.supplement")));
        if (!notice.open()) {
            add(new Paragraph(page.getTranslation("intake.portal.case.supplementClosed", day)));
            return;
        }
        add(new Paragraph(page.getTranslation("intake.portal.case.supplementBy", day)));
        int max = (int) Math.min(Integer.MAX_VALUE, online.maxUploadBytes());
        for (int i = 0; i < notice.items().size(); i++) {
            add(item(i, notice.items().get(i), notice.uploaded(), max));
        }
        status.setId("my-case-supplement-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        Button submit = new Button(page.getTranslation("intake.portal.case.supplementSubmit"), click -> submit());
        submit.setId("my-case-supplement-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        add(status, submit);
    }

    private Div item(int index, String item, List<CaseFile> uploaded, int max) {
        Div row = new Div(new H3(item));
        Upload upload = BoundedUpload.single(
                page,
                new BoundedUpload(
                        max,
                        (name, content) -> upload(item, name, content),
                        name -> status.setText(
                                page.getTranslation("intake.portal.apply.tooLarge", name, BoundedUpload.size(max)))),
                max,
                ".pdf",
                ".jpg",
                ".jpeg",
                ".png",
                ".ofd");
        upload.setId("my-case-supplement-upload-" + index);
        upload.getElement().setAttribute("aria-label", page.getTranslation("intake.portal.apply.uploadAria", item));
        UnorderedList files = new UnorderedList();
        files.setId("my-case-supplement-files-" + index);
        uploaded.stream()
                .filter(f -> f.material().equals(item))
                .forEach(f -> files.add(new ListItem(f.name() + "（" + BoundedUpload.size(f.size()) + "）")));
        row.add(upload, files);
        return row;
    }

    void upload(String item, String fileName, byte[] content) {
        try {
            online.upload(accountId, DraftSubject.supplement(number), item, fileName, content);
            reload.run();
        } catch (RuntimeException e) {
            status.setText(Feedback.standard().message(page, e));
        }
    }

    void submit() {
        try {
            IntakeCase back = online.supplement(accountId, number);
            Feedback.success(page.getTranslation(
                    "intake.portal.case.supplementDone", page.getTranslation("intake.portal.state." + back.state())));
            reload.run();
        } catch (RuntimeException e) {
            String message = Feedback.standard().message(page, e);
            status.setText(message);
            Feedback.error(message);
            getChildren().filter(c -> c instanceof Button).map(c -> (Button) c).forEach(b -> b.setEnabled(true));
        }
    }
}
