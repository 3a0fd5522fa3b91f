package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.tongban.intake.CitizenCases;
import org.tongban.intake.Draft;
import org.tongban.intake.DraftSubject;
import org.tongban.intake.IntakeCase;
import org.tongban.intake.OnlineApplications;
import org.tongban.platform.accounts.ui.CitizenSession;
import org.tongban.platform.ui.Feedback;

/**
 * 我的办件: the signed-in citizen's applications in progress (to resume or delete) and cases with their state and the
 * documents each issued, to download; each case links to its own page ({@link MyCaseView}). The account
 * comes from the session, never from the address, so nobody reads another's cases by changing a URL.
 */
public final class MyCasesView extends VerticalLayout {
    static final String ROUTE = "my-cases";
    static final String SIGN_IN = CitizenSession.SIGN_IN_ROUTE + "?" + CitizenSession.NEXT_PARAMETER + "=" + ROUTE;
    private static final int SHOWN = 50;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final CitizenCases citizens;
    private final OnlineApplications online;
    private final Div drafts = new Div();
    private final Div list = new Div();

    public MyCasesView(CitizenCases citizens, OnlineApplications online) {
        this.citizens = citizens;
        this.online = online;
        setWidth("min(100%, 48rem)");
        add(new H1(getTranslation("intake.portal.mine.menu")));
        Optional<CitizenSession.Citizen> citizen = CitizenSession.current();
        if (citizen.isEmpty()) {
            add(
                    new Paragraph(getTranslation("intake.portal.mine.signInFirst")),
                    new Anchor(SIGN_IN, getTranslation("intake.portal.mine.signIn")));
            return;
        }
        drafts.setId("my-drafts");
        drafts.setWidthFull();
        list.setId("my-cases");
        list.setWidthFull();
        add(drafts, list);
        showDrafts(citizen.get().accountId());
        show(citizen.get().accountId());
    }

    /** The applications in progress, each to resume or delete. */
    private void showDrafts(long accountId) {
        drafts.removeAll();
        List<Draft> saved;
        try {
            saved = online.drafts(accountId);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        if (saved.isEmpty()) {
            return;
        }
        drafts.add(new H2(getTranslation("intake.portal.mine.drafts")));
        UnorderedList items = new UnorderedList();
        for (Draft draft : saved) {
            DraftSubject subject = draft.form().subject();
            Anchor resume = new Anchor(
                    ApplyView.route(subject.code(), subject.kind() == DraftSubject.Kind.LIFE_EVENT),
                    getTranslation("intake.portal.mine.resume", draft.title(), WHEN.format(draft.savedAt())));
            Button delete = new Button(getTranslation("intake.portal.mine.deleteDraft"), click -> {
                online.deleteDraft(accountId, subject);
                Feedback.success(getTranslation("intake.portal.mine.draftDeleted", draft.title()));
                showDrafts(accountId);
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            delete.getElement()
                    .setAttribute("aria-label", getTranslation("intake.portal.mine.deleteDraftAria", draft.title()));
            items.add(new ListItem(resume, delete));
        }
        drafts.add(items);
    }

    private void show(long accountId) {
        List<IntakeCase> cases;
        try {
            cases = citizens.cases(accountId, SHOWN);
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
            return;
        }
        if (cases.isEmpty()) {
            list.add(new Paragraph(getTranslation("intake.portal.mine.empty")));
        }
        for (IntakeCase k : cases) {
            citizens.find(accountId, k.number()).ifPresent(own -> list.add(card(accountId, own)));
        }
    }

    // Texts go in as text, never as HTML.
    private Div card(long accountId, CitizenCases.CitizenCase own) {
        IntakeCase k = own.intakeCase();
        Div card = new Div();
        card.addClassName("my-case");
        card.add(
                new H2(new Anchor(MyCaseView.route(k.number()), k.matterName())),
                new Paragraph(getTranslation("intake.portal.track.case", k.number())),
                new Paragraph(getTranslation(
                        "intake.portal.track.state", getTranslation("intake.portal.state." + k.state()))),
                new Paragraph(getTranslation("intake.portal.mine.received", WHEN.format(k.receivedAt()))));
        UnorderedList documents = new UnorderedList();
        for (CitizenCases.CaseDocument d : own.documents()) {
            DownloadHandler download = DownloadHandler.fromInputStream(event -> {
                byte[] pdf = citizens.document(accountId, k.number(), d.id());
                return new DownloadResponse(
                        new ByteArrayInputStream(pdf),
                        k.number() + "-" + d.kind() + ".pdf",
                        "application/pdf",
                        pdf.length);
            });
            Anchor link = new Anchor(download, d.title() + "（" + WHEN.format(d.issuedAt()) + "）");
            link.getElement().setAttribute("download", true);
            documents.add(new ListItem(link));
        }
        if (!own.documents().isEmpty()) {
            card.add(new Paragraph(getTranslation("intake.portal.mine.documents")), documents);
        }
        return card;
    }
}
