package org.tongban.helpdesk.ui.internal;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tongban.helpdesk.HelpChannel;
import org.tongban.helpdesk.HelpKind;
import org.tongban.helpdesk.HelpRequest;
import org.tongban.helpdesk.HelpStates;
import org.tongban.helpdesk.HelpdeskPermissions;
import org.tongban.helpdesk.HelpdeskService;
import org.tongban.helpdesk.RequestPage;
import org.tongban.helpdesk.RequestQuery;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.ui.FilterPanel;
import org.tongban.platform.ui.PagedGrid;
import org.tongban.platform.ui.StatusBadge;

/**
 * 帮办队列: the requests of the helper's area, urgent and oldest first, filtered by state, kind, channel, own requests
 * and text, with the filters and the page in the address. The service shows only what the user's area covers.
 */
public final class QueueView extends VerticalLayout implements BeforeEnterObserver {
    static final int PAGE_SIZE = 20;
    static final String MINE = "MINE";
    static final String OPEN = "OPEN";

    final ComboBox<String> state = new ComboBox<>();
    final ComboBox<HelpKind> kind = new ComboBox<>();
    final ComboBox<HelpChannel> channel = new ComboBox<>();
    final TextField text = new TextField();
    final PagedGrid<HelpRequest> list;
    private final HelpdeskService service;
    private final String home;

    public QueueView(HelpdeskService service, AccessControl access) {
        this.service = service;
        this.home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        List<String> states = List.of(
                OPEN,
                MINE,
                HelpStates.NEW,
                HelpStates.ASSIGNED,
                HelpStates.HANDLING,
                HelpStates.SUSPENDED,
                HelpStates.COMPLETED,
                HelpStates.TERMINATED);
        state.setLabel(getTranslation("helpdesk.ui.filter.state"));
        state.setItems(states);
        state.setItemLabelGenerator(s -> Labels.state(this, s));
        state.setValue(OPEN);
        kind.setLabel(getTranslation("helpdesk.ui.filter.kind"));
        kind.setItems(HelpKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        kind.setClearButtonVisible(true);
        channel.setLabel(getTranslation("helpdesk.ui.filter.channel"));
        channel.setItems(HelpChannel.values());
        channel.setItemLabelGenerator(c -> Labels.of(this, c));
        channel.setClearButtonVisible(true);
        text.setLabel(getTranslation("helpdesk.ui.filter.text"));
        text.setClearButtonVisible(true);
        text.setMaxLength(100);

        list = new PagedGrid<>(PAGE_SIZE, this::fetch);
        list.filter("state", state)
                .filter("kind", kind, Enum::name, t -> parse(HelpKind.class, t))
                .filter("channel", channel, Enum::name, t -> parse(HelpChannel.class, t))
                .filter("q", text);
        Grid<HelpRequest> grid = list.grid();
        grid.addComponentColumn(QueueView::link)
                .setHeader(getTranslation("helpdesk.ui.column.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.requester().name()).setHeader(getTranslation("helpdesk.ui.column.requester"));
        grid.addColumn(r -> Labels.of(this, r.kind())).setHeader(getTranslation("helpdesk.ui.column.kind"));
        grid.addColumn(r -> Labels.of(this, r.urgency())).setHeader(getTranslation("helpdesk.ui.column.urgency"));
        grid.addComponentColumn(r -> new StatusBadge(Labels.state(this, r.state()), Labels.tone(r.state())))
                .setHeader(getTranslation("helpdesk.ui.column.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> Labels.nz(r.owner())).setHeader(getTranslation("helpdesk.ui.column.owner"));
        grid.addColumn(r -> Labels.time(r.createdAt())).setHeader(getTranslation("helpdesk.ui.column.created"));
        grid.setAriaLabel(getTranslation("helpdesk.ui.queue.grid"));

        FlexLayout links = new FlexLayout();
        links.getStyle().set("gap", "var(--lumo-space-m)");
        if (home != null && access.isPermitted(HelpdeskPermissions.HANDLE, home)) {
            links.add(new Anchor("console/" + Paths.NEW, getTranslation("helpdesk.ui.new.menu")));
        }
        add(new H2(getTranslation("helpdesk.ui.queue.menu")), links, new FilterPanel(state, kind, channel, text), list);
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.restore(event.getLocation().getQueryParameters());
    }

    private PagedGrid.Page<HelpRequest> fetch(Map<String, String> filters, int offset, int limit) {
        if (home == null) {
            return new PagedGrid.Page<>(List.of(), 0);
        }
        try {
            String s = filters.get("state");
            RequestPage page;
            if (MINE.equals(s)) {
                page = service.mine(offset, limit);
            } else {
                page = service.requests(new RequestQuery(
                        home,
                        null,
                        null,
                        s,
                        parse(HelpKind.class, filters.get("kind")),
                        parse(HelpChannel.class, filters.get("channel")),
                        filters.get("q"),
                        offset,
                        limit));
            }
            return new PagedGrid.Page<>(page.rows(), page.total());
        } catch (RuntimeException e) {
            HelpdeskFeedback.FEEDBACK.failure(this, e);
            return new PagedGrid.Page<>(List.of(), 0);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(text))
                .findFirst()
                .orElse(null);
    }

    static Anchor link(HelpRequest r) {
        Anchor link = new Anchor(Paths.request(r.id()), r.number());
        link.getStyle().set("text-decoration", "underline");
        return link;
    }
}
