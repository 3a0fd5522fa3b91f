package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.Fee;
import org.tongban.catalogue.GuideLimits;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.SpecialStep;
import org.tongban.catalogue.ui.pdf.NoticePdf;
import org.tongban.catalogue.ui.pdf.OneTimeNotices;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * One published service guide ({@code /guides/<code>}) with every field: facts at a glance, the materials table, the
 * implementing body and handling department, steps as a flow (with their limits), time limits, fees, intermediary
 * services, where and when with the consultation channel, result and delivery, legal basis, complaint channel and
 * FAQ entries, and the one-time notice as a PDF download. An unknown or unpublished code shows the 404 page.
 */
public final class GuideView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    // All of China keeps Beijing time, whatever zone the server runs in.
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final MatterCatalogue catalogue;
    private final Jurisdictions jurisdictions;
    private String title = "";

    public GuideView(MatterCatalogue catalogue, Jurisdictions jurisdictions) {
        this.catalogue = catalogue;
        this.jurisdictions = jurisdictions;
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(PortalRoutes.CODE).orElse("");
        if (!show(code)) {
            event.rerouteToError(NotFoundException.class, getTranslation("catalogue.portal.guide.notFound", code));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Shows the published guide of this matter; false when there is none. */
    boolean show(String code) {
        removeAll();
        Optional<ServiceGuide> found = catalogue.publishedGuide(code);
        if (found.isEmpty()) {
            return false;
        }
        Matter matter = found.get().matter();
        AuthoritySections sections = new AuthoritySections(this, catalogue);
        title = matter.name();
        String department = catalogue
                .department(matter.departmentCode())
                .map(Department::name)
                .orElse(matter.departmentCode());
        String jurisdiction = jurisdictions
                .find(matter.jurisdictionCode())
                .map(Jurisdiction::name)
                .orElse(matter.jurisdictionCode());

        add(
                PortalRoutes.link(PortalRoutes.GUIDES, getTranslation("catalogue.portal.guide.back")),
                new H1(matter.name()),
                subtitle(matter, department, jurisdiction),
                glance(matter),
                pdfButton(matter, department, jurisdiction),
                sections.authority(matter),
                Blocks.section(
                        getTranslation("catalogue.portal.guide.conditions"), Blocks.text(matter.conditions(), none())),
                Blocks.section(
                        getTranslation("catalogue.portal.guide.materials"),
                        matter.materials().isEmpty()
                                ? new Paragraph(getTranslation("catalogue.portal.materials.none"))
                                : new MaterialsTable(catalogue, matter.materials())),
                steps(matter),
                Blocks.section(getTranslation("catalogue.portal.guide.limits"), limits(matter)),
                Blocks.section(getTranslation("catalogue.portal.guide.fees"), fees(matter.fees())),
                sections.intermediaries(matter),
                Blocks.section(getTranslation("catalogue.portal.guide.where"), where(matter)),
                Blocks.section(getTranslation("catalogue.portal.guide.result"), result(matter)),
                Blocks.section(
                        getTranslation("catalogue.portal.guide.legalBasis"), Blocks.text(matter.legalBasis(), none())),
                sections.complaint(matter.complaint()),
                faqs(catalogue.faqs(matter.code())),
                version(found.get()));
        return true;
    }

    // Separate spans rather than one formatted sentence: each value reads on its own and wraps on its own.
    private Component subtitle(Matter matter, String department, String jurisdiction) {
        Paragraph subtitle = new Paragraph();
        List<String> parts = List.of(
                Labels.of(this, matter.type()),
                Labels.of(this, matter.audiences()),
                jurisdiction + " " + department,
                getTranslation("catalogue.portal.guide.code") + " " + matter.code());
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                Span dot = new Span(" · ");
                dot.getElement().setAttribute("aria-hidden", "true");
                subtitle.add(dot);
            }
            subtitle.add(new Span(parts.get(i)));
        }
        subtitle.getStyle().set("margin-top", "0").set("color", "var(--lumo-secondary-text-color)");
        return subtitle;
    }

    /** The answers most visitors look for first. */
    private Component glance(Matter matter) {
        DescriptionList list = new DescriptionList();
        term(list, "catalogue.portal.guide.promised", promised(matter));
        term(
                list,
                "catalogue.portal.guide.fee",
                matter.free() ? getTranslation("catalogue.portal.free") : getTranslation("catalogue.portal.charged"));
        term(list, "catalogue.portal.guide.visits", visits(matter));
        term(list, "catalogue.portal.guide.online", Labels.of(this, matter.onlineDepth()));
        term(list, "catalogue.portal.guide.crossRegion", crossRegion(matter));
        term(
                list,
                "catalogue.portal.guide.commitment",
                getTranslation(
                        matter.commitmentAllowed()
                                ? "catalogue.portal.commitment.yes"
                                : "catalogue.portal.commitment.no"));
        list.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(14rem, 1fr))")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-l)")
                .set("width", "100%");
        return list;
    }

    private void term(DescriptionList list, String labelKey, String value) {
        DescriptionList.Term term = new DescriptionList.Term(getTranslation(labelKey));
        term.getStyle().set("font-weight", "600");
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.getStyle().set("margin", "0");
        Div pair = new Div(term, description);
        list.add(pair);
    }

    // The help desk and the applicant must see that no one may act for the applicant (婚姻登记、身份证指纹采集).
    private String visits(Matter matter) {
        String visits = getTranslation("catalogue.portal.visits", matter.visits());
        if (matter.visitReason() != null && !matter.visitReason().isBlank()) {
            visits += "（" + matter.visitReason() + "）";
        }
        return matter.inPersonOnly() ? visits + " · " + getTranslation("catalogue.portal.inPersonOnly") : visits;
    }

    private String promised(Matter matter) {
        return matter.instant()
                ? getTranslation("catalogue.portal.instant")
                : LimitTexts.of(this, matter.limits().promised());
    }

    private Component pdfButton(Matter matter, String department, String jurisdiction) {
        // The notice is printed when asked for, so it always carries the day it was printed.
        Anchor download = Downloads.pdf(
                () -> NoticePdf.bytes(OneTimeNotices.of(matter, department, jurisdiction, LocalDate.now(ZONE))),
                OneTimeNotices.fileName(matter),
                getTranslation("catalogue.portal.guide.pdf"));
        download.getElement()
                .setAttribute("aria-label", getTranslation("catalogue.portal.guide.pdf.label", matter.name()));
        download.getStyle()
                .set("display", "inline-block")
                .set("background", "var(--lumo-primary-color)")
                .set("color", "var(--lumo-primary-contrast-color)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-l)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-weight", "600")
                .set("text-decoration", "none");
        Paragraph hint = new Paragraph(getTranslation("catalogue.portal.guide.pdf.hint"));
        hint.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("font-size", "var(--lumo-font-size-s)");
        return new Div(download, hint);
    }

    private Component steps(Matter matter) {
        Div content = new Div(matter.steps().isEmpty() ? new Paragraph(none()) : new StepsFlow(matter.steps()));
        if (!matter.specialSteps().isEmpty()) {
            content.add(new Paragraph(getTranslation("catalogue.portal.guide.special")));
            com.vaadin.flow.component.html.UnorderedList special = new com.vaadin.flow.component.html.UnorderedList();
            for (SpecialStep step : matter.specialSteps()) {
                com.vaadin.flow.component.html.ListItem item = new com.vaadin.flow.component.html.ListItem(
                        new Span(step.name()),
                        new Span(" · " + Labels.of(this, step.kind()) + " · "),
                        new Span(getTranslation(
                                "catalogue.portal.guide.special.maxDays", String.valueOf(step.maxDays()))));
                if (step.note() != null && !step.note().isBlank()) {
                    item.add(new Span(" · " + step.note()));
                }
                special.add(item);
            }
            content.add(special);
        }
        return Blocks.section(getTranslation("catalogue.portal.guide.steps"), content);
    }

    private Component limits(Matter matter) {
        DescriptionList list = new DescriptionList();
        GuideLimits limits = matter.limits();
        term(list, "catalogue.portal.guide.legal", LimitTexts.of(this, limits.legal()));
        term(list, "catalogue.portal.guide.promised", promised(matter));
        term(list, "catalogue.portal.guide.acceptance", LimitTexts.of(this, limits.acceptance()));
        term(list, "catalogue.portal.guide.deliveryLimit", LimitTexts.of(this, limits.delivery()));
        term(list, "catalogue.portal.guide.extension", LimitTexts.extension(this, limits.extension()));
        return list;
    }

    private Component fees(List<Fee> fees) {
        if (fees.isEmpty()) {
            return new Paragraph(getTranslation("catalogue.portal.free"));
        }
        DescriptionList list = new DescriptionList();
        for (Fee fee : fees) {
            DescriptionList.Term item = new DescriptionList.Term(fee.item());
            item.getStyle().set("font-weight", "600");
            DescriptionList.Description standard = new DescriptionList.Description(fee.standard());
            standard.getStyle().set("margin", "0");
            Div pair = new Div(item, standard);
            if (fee.basis() != null && !fee.basis().isBlank()) {
                DescriptionList.Description basis = new DescriptionList.Description(
                        new Span(getTranslation("catalogue.portal.guide.fee.basis")), new Span(fee.basis()));
                basis.getStyle().set("margin", "0");
                pair.add(basis);
            }
            pair.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            list.add(pair);
        }
        return list;
    }

    private Component where(Matter matter) {
        DescriptionList list = new DescriptionList();
        term(list, "catalogue.portal.guide.location", orNone(matter.location()));
        term(list, "catalogue.portal.guide.hours", orNone(matter.hours()));
        new AuthoritySections(this, catalogue).consultation(list, matter.consultation());
        return list;
    }

    private String crossRegion(Matter matter) {
        String scope = Labels.of(this, matter.crossRegion());
        return matter.crossRegionModes().isEmpty()
                ? scope
                : scope + getTranslation("catalogue.portal.separator") + Labels.of(this, matter.crossRegionModes());
    }

    private Component result(Matter matter) {
        DescriptionList list = new DescriptionList();
        term(list, "catalogue.portal.guide.resultName", orNone(matter.result()));
        if (matter.resultType() != null) {
            term(list, "catalogue.portal.guide.resultType", Labels.of(this, matter.resultType()));
        }
        if (matter.resultCertificate() != null && !matter.resultCertificate().isBlank()) {
            term(list, "catalogue.portal.guide.resultCertificate", matter.resultCertificate());
        }
        term(
                list,
                "catalogue.portal.guide.delivery",
                matter.delivery().isEmpty() ? none() : Labels.of(this, matter.delivery()));
        return list;
    }

    private Component faqs(List<Faq> faqs) {
        Div content = new Div();
        if (faqs.isEmpty()) {
            content.add(new Paragraph(getTranslation("catalogue.portal.guide.faqs.none")));
        }
        for (Faq faq : faqs) {
            // Details is a disclosure button: Enter or Space opens it, and its state is announced.
            Details details = new Details(faq.question(), Blocks.text(faq.answer(), none()));
            details.setWidthFull();
            content.add(details);
        }
        return Blocks.section(getTranslation("catalogue.portal.guide.faqs"), content);
    }

    private Component version(ServiceGuide guide) {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())
                .withZone(ZONE)
                .format(guide.version().at());
        Paragraph version = new Paragraph(getTranslation(
                "catalogue.portal.guide.version", String.valueOf(guide.version().version()), date));
        version.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return version;
    }

    private String orNone(String text) {
        return text == null || text.isBlank() ? none() : text;
    }

    private String none() {
        return getTranslation("catalogue.portal.none");
    }
}
