package org.tongban.market.ui.internal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import org.tongban.market.ListEntry;
import org.tongban.market.MarketCredit;
import org.tongban.platform.ui.Feedback;

/** 红黑名单: the red list of the chosen year (top scores without a record in force) and today's black list. */
public final class CreditView extends VerticalLayout {
    private final MarketCredit credit;
    final IntegerField year = new IntegerField();
    final Grid<ListEntry> red = grid("market.ui.credit.red");
    final Grid<ListEntry> black = grid("market.ui.credit.black");

    public CreditView(MarketCredit credit) {
        this.credit = credit;
        setMaxWidth("90rem");
        LocalDate today = Labels.today();
        year.setLabel(getTranslation("market.ui.credit.year"));
        year.setMin(2000);
        year.setMax(today.getYear());
        year.setValue(today.getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> loadRed());
        red.setId("market-red-list");
        black.setId("market-black-list");
        add(new H2(getTranslation("market.ui.credit.menu")), year);
        add(new H3(getTranslation("market.ui.credit.red")), red);
        add(new H3(getTranslation("market.ui.credit.black", today.toString())), black);
        loadRed();
        try {
            black.setItems(credit.blackList(today));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private void loadRed() {
        Integer chosen = year.getValue();
        if (chosen == null || chosen < 2000 || chosen > Labels.today().getYear()) {
            year.setInvalid(true);
            year.setErrorMessage(getTranslation("market.ui.credit.badYear"));
            return;
        }
        year.setInvalid(false);
        try {
            red.setItems(credit.redList(chosen));
        } catch (RuntimeException e) {
            Feedback.fail(this, e);
        }
    }

    private Grid<ListEntry> grid(String titleKey) {
        Grid<ListEntry> grid = new Grid<>();
        grid.addColumn(ListEntry::agencyName)
                .setHeader(getTranslation("market.ui.agency.name"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.from() + " – " + (e.until() == null ? "" : e.until()))
                .setHeader(getTranslation("market.ui.credit.period"));
        grid.addColumn(ListEntry::reason).setHeader(getTranslation("market.ui.credit.reason"));
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation(titleKey, ""));
        return grid;
    }
}
