package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.JurisdictionPicker;

/** The life events (一件事一次办) offered where the visitor lives, each linking to its questions and materials. */
public final class LifeEventsView extends VerticalLayout implements HasDynamicTitle {
    private final MatterCatalogue catalogue;
    private final UnorderedList list = new UnorderedList();

    public LifeEventsView(MatterCatalogue catalogue, Jurisdictions jurisdictions, String rootJurisdiction) {
        this.catalogue = catalogue;
        JurisdictionPicker where = new JurisdictionPicker(jurisdictions, rootJurisdiction);
        where.setDistrictHelperText(getTranslation("catalogue.portal.district.helper"));
        where.onChange(this::show);
        list.getElement().setAttribute("aria-label", getTranslation("catalogue.portal.lifeEvents"));
        list.getStyle().set("list-style", "none").set("padding", "0").set("width", "100%");
        add(
                new H1(getTranslation("catalogue.portal.lifeEvents")),
                new Paragraph(getTranslation("catalogue.portal.lifeEvents.intro")),
                where,
                list);
        setMaxWidth("72rem");
        show(where.value());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.portal.lifeEvents");
    }

    private void show(Jurisdiction jurisdiction) {
        list.removeAll();
        List<LifeEvent> events = jurisdiction == null ? List.of() : catalogue.lifeEvents(jurisdiction.code());
        if (events.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("catalogue.portal.lifeEvents.none"))));
        }
        for (LifeEvent event : events) {
            Paragraph about = new Paragraph(getTranslation(
                    "catalogue.portal.lifeEvents.summary",
                    Labels.of(this, event.audience()),
                    event.matterCodes().size()));
            about.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
            ListItem item = new ListItem(
                    PortalRoutes.link(PortalRoutes.lifeEvent(event.code()), event.name()),
                    about,
                    Blocks.text(event.description(), ""));
            item.getStyle()
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("padding", "var(--lumo-space-m)")
                    .set("margin-bottom", "var(--lumo-space-s)");
            list.add(item);
        }
    }
}
