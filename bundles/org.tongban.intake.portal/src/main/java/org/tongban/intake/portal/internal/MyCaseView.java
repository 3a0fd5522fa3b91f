package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.tongban.intake.CaseFile;
import org.tongban.intake.CaseFiles;
import org.tongban.intake.ChecklistItem;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.IntakeStates;
import org.tongban.intake.MaterialState;
import org.tongban.intake.OnlineApplications;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.ui.BoundedUpload;

/**
 * {@code /my-cases/<number>}: one of the signed-in citizen's cases with its state, its documents and its files to
 * download, and what the citizen can do online: answer a 补正 notice until its last day, supply a 容缺 material. The
 * account comes from the session; another applicant's case is unknown.
 */
public final class MyCaseView extends VerticalLayout implements BeforeEnterObserver {
    static final String ROUTE = "my-cases/:number";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final CitizenCases citizens;
    private final OnlineApplications online;
    private final CaseFiles files;
    private final Div content = new Div();
    private long accountId;
    private String number;

    public MyCaseView(CitizenCases citizens, OnlineApplications online, CaseFiles files) {
        this.citizens = citizens;
        this.online = online;
        this.files = files;
        setWidth("min(100%, 48rem)");
        content.setWidthFull();
        add(content);
    }

    /** The case page's address. */
    static String route(String number) {
        return "my-cases/" + number;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String given = event.getRouteParameters().get("number").orElse("");
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        if (citizen.isEmpty()) {
            content.removeAll();
            ApplyPage.signInFirst(this, route(given));
            return;
        }
        show(citizen.get().accountId(), given);
    }

    /** Shows the account's case, or one sentence when it is not theirs. */
    void show(long account, String caseNumber) {
        this.accountId = account;
        this.number = caseNumber;
        content.removeAll();
        Optional<CitizenCases.CitizenCase> own = citizens.find(account, caseNumber);
        if (own.isEmpty()) {
            content.add(
                    new H1(getTranslation("intake.portal.mine.menu")),
                    new Paragraph(getTranslation("intake.portal.case.unknown")),
                    new Anchor(MyCasesView.ROUTE, getTranslation("intake.portal.case.back")));
            return;
        }
        IntakeCase k = own.get().intakeCase();
        content.add(
                new H1(k.matterName()),
                new Paragraph(getTranslation("intake.portal.track.case", k.number())),
                new Paragraph(getTranslation(
                        "intake.portal.track.state", getTranslation("intake.portal.state." + k.state()))),
                new Paragraph(getTranslation("intake.portal.mine.received", WHEN.format(k.receivedAt()))));
        online.supplementNotice(account, k.number())
                .filter(n -> IntakeStates.SUPPLEMENT.equals(k.state()))
                .ifPresent(n -> content.add(new SupplementSection(this, online, account, n, this::reload)));
        List<ChecklistItem> open = k.checklist().stream()
                .filter(i -> i.state() == MaterialState.TOLERATED && i.suppliedAt() == null)
                .toList();
        if (!open.isEmpty() && !IntakeStates.CLOSED.contains(k.state())) {
            content.add(new ToleratedSection(this, online, account, k.number(), open, this::reload));
        }
        content.add(
                documents(own.get()),
                files(k.number()),
                new Anchor(MyCasesView.ROUTE, getTranslation("intake.portal.case.back")));
    }

    private void reload() {
        show(accountId, number);
    }

    private Div documents(CitizenCases.CitizenCase own) {
        Div section = new Div(new H2(getTranslation("intake.portal.mine.documents")));
        section.setId("my-case-documents");
        UnorderedList list = new UnorderedList();
        for (CitizenCases.CaseDocument d : own.documents()) {
            DownloadHandler download = DownloadHandler.fromInputStream(event -> {
                byte[] pdf = citizens.document(accountId, number, d.id());
                return new DownloadResponse(
                        new ByteArrayInputStream(pdf), number + "-" + d.kind() + ".pdf", "application/pdf", pdf.length);
            });
            Anchor link = new Anchor(download, d.title() + "（" + WHEN.format(d.issuedAt()) + "）");
            link.getElement().setAttribute("download", true);
            list.add(new ListItem(link));
        }
        if (own.documents().isEmpty()) {
            section.add(new Paragraph(getTranslation("intake.portal.case.none")));
        }
        section.add(list);
        return section;
    }

    private Div files(String caseNumber) {
        Div section = new Div(new H2(getTranslation("intake.portal.case.files")));
        section.setId("my-case-files");
        List<CaseFile> all = files.applicantList(accountId, caseNumber);
        UnorderedList list = new UnorderedList();
        for (CaseFile file : all) {
            String text = getTranslation(
                    "intake.portal.case.file",
                    file.material(),
                    file.name(),
                    BoundedUpload.size(file.size()),
                    getTranslation("intake.portal.purpose." + file.purpose().name()));
            list.add(new ListItem(
                    FileLinks.link(text, () -> files.applicantDownload(accountId, caseNumber, file.fileId()))));
        }
        if (all.isEmpty()) {
            section.add(new Paragraph(getTranslation("intake.portal.case.none")));
        }
        section.add(list);
        return section;
    }
}
