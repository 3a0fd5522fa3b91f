package org.tongban.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.tongban.platform.ui.internal.KitMessages;

/**
 * The filters above a list. On a wide screen they are open, up to four in a row; on a phone (640 px or less) they
 * start folded under one "筛选条件" line, so the list's first rows show without scrolling past seven fields. The fold is
 * decided in the browser, which knows its width; the user opens and closes it with the keyboard like any disclosure.
 */
public class FilterPanel extends Details {
    private static final long serialVersionUID = 1L;

    public FilterPanel(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        setSummaryText(KitMessages.get(this, "tongban.ui.filters"));
        add(form);
        setOpened(true);
        setWidthFull();
        addClassName("tb-filter-panel");
        addAttachListener(attach -> {
            if (attach.isInitialAttach()) {
                getElement().executeJs("if (window.matchMedia('(max-width: 640px)').matches) { this.opened = false; }");
            }
        });
    }
}
