package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Material;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.SituationOption;
import org.tongban.catalogue.SituationQuestion;
import org.tongban.catalogue.TailoredMatter;
import org.tongban.catalogue.Tailoring;

/**
 * One life event ({@code /life-events/<code>}): its situation questions as radio groups, then the matters and
 * materials that apply to the answers given so far, updated after each answer.
 */
public final class LifeEventView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final MatterCatalogue catalogue;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private final Div tailored = new Div();
    private final Span summary = new Span();
    private LifeEvent event;

    public LifeEventView(MatterCatalogue catalogue) {
        this.catalogue = catalogue;
        setMaxWidth("72rem");
        summary.getElement().setAttribute("role", "status");
        summary.getElement().setAttribute("aria-live", "polite");
        tailored.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        String code = navigation.getRouteParameters().get(PortalRoutes.CODE).orElse("");
        if (!show(code)) {
            navigation.rerouteToError(
                    NotFoundException.class, getTranslation("catalogue.portal.lifeEvent.notFound", code));
        }
    }

    @Override
    public String getPageTitle() {
        return event == null ? getTranslation("catalogue.portal.lifeEvents") : event.name();
    }

    /** Shows the life event with this code; false when there is none. */
    boolean show(String code) {
        removeAll();
        answers.clear();
        Optional<LifeEvent> found = catalogue.lifeEvent(code);
        if (found.isEmpty()) {
            event = null;
            return false;
        }
        event = found.get();
        add(
                PortalRoutes.link(PortalRoutes.LIFE_EVENTS, getTranslation("catalogue.portal.lifeEvent.back")),
                new H1(event.name()),
                Blocks.text(event.description(), ""));
        if (!event.questions().isEmpty()) {
            Div questions = new Div();
            event.questions().forEach(question -> questions.add(question(question)));
            add(Blocks.section(getTranslation("catalogue.portal.lifeEvent.questions"), questions));
        }
        add(Blocks.section(getTranslation("catalogue.portal.lifeEvent.result"), summary, tailored));
        tailor();
        return true;
    }

    private Component question(SituationQuestion question) {
        RadioButtonGroup<SituationOption> group = new RadioButtonGroup<>(question.text());
        group.setItems(question.options());
        group.setItemLabelGenerator(SituationOption::label);
        group.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                answers.remove(question.code());
            } else {
                answers.put(question.code(), change.getValue().code());
            }
            tailor();
        });
        group.setWidthFull();
        return group;
    }

    private void tailor() {
        tailored.removeAll();
        Tailoring tailoring;
        try {
            tailoring = catalogue.tailor(event.code(), Map.copyOf(answers));
        } catch (CatalogueException e) {
            // The life event changed since the page was opened; its message says what no longer fits.
            summary.setText(e.getMessage());
            return;
        }
        int materials =
                tailoring.matters().stream().mapToInt(m -> m.materials().size()).sum();
        summary.setText(getTranslation(
                "catalogue.portal.lifeEvent.summary",
                tailoring.matters().size(),
                materials,
                answers.size(),
                event.questions().size()));
        for (TailoredMatter matter : tailoring.matters()) {
            tailored.add(matter(matter));
        }
    }

    private Component matter(TailoredMatter tailoredMatter) {
        H4 heading = new H4(PortalRoutes.link(
                PortalRoutes.guide(tailoredMatter.matter().code()),
                tailoredMatter.matter().name()));
        UnorderedList materials = new UnorderedList();
        for (Material material : tailoredMatter.materials()) {
            ListItem item = new ListItem(new Span(material.name()));
            item.add(new Span(" "));
            item.add(Blocks.tag(getTranslation(
                    material.required()
                            ? "catalogue.portal.materials.required.yes"
                            : "catalogue.portal.materials.required.no")));
            item.add(Blocks.tag(
                    getTranslation("catalogue.portal.materials.copies", material.originals(), material.copies())));
            if (material.tolerant()) {
                item.add(Blocks.tag(getTranslation("catalogue.portal.materials.tolerant")));
            }
            if (material.eCertificate() != null && !material.eCertificate().isBlank()) {
                item.add(
                        Blocks.tag(getTranslation("catalogue.portal.materials.eCertificate", material.eCertificate())));
            }
            materials.add(item);
        }
        if (tailoredMatter.materials().isEmpty()) {
            materials.add(new ListItem(getTranslation("catalogue.portal.materials.none")));
        }
        Div box = new Div(heading, materials);
        box.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "0 var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        return box;
    }
}
