package org.tongban.notice.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.tongban.notice.Notice;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/** The published notices a clerk manages, each with a withdraw action where the clerk may withdraw it. */
final class NoticeTable extends Grid<Notice> {

    private final Predicate<Notice> mayWithdraw;
    private final Consumer<Notice> withdraw;

    NoticeTable(Jurisdictions jurisdictions, Predicate<Notice> mayWithdraw, Consumer<Notice> withdraw) {
        this.mayWithdraw = mayWithdraw;
        this.withdraw = withdraw;
        setAriaLabel(getTranslation("notice.table.label"));
        addColumn(Notice::title).setHeader(getTranslation("notice.title")).setFlexGrow(3);
        addColumn(notice -> jurisdictions
                        .find(notice.jurisdictionCode())
                        .map(Jurisdiction::name)
                        .orElse(notice.jurisdictionCode()))
                .setHeader(getTranslation("notice.table.jurisdiction"));
        addColumn(notice -> NoticeDates.dateTime(notice.publishedAt(), getLocale()))
                .setHeader(getTranslation("notice.table.publishedAt"));
        addColumn(Notice::author).setHeader(getTranslation("notice.table.author"));
        addComponentColumn(this::actions).setHeader(getTranslation("notice.table.actions"));
        setEmptyStateText(getTranslation("notice.empty"));
        addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }

    // Notices of higher levels are listed for context but only their own clerks may withdraw them.
    private Component actions(Notice notice) {
        if (!mayWithdraw.test(notice)) {
            return new Span();
        }
        Button button = new Button(getTranslation("notice.withdraw"), click -> confirm(notice));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        button.setAriaLabel(getTranslation("notice.withdraw.label", notice.title()));
        return button;
    }

    private void confirm(Notice notice) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("notice.withdraw.header"));
        dialog.setText(getTranslation("notice.withdraw.question", notice.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("notice.cancel"));
        dialog.setConfirmText(getTranslation("notice.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> withdraw.accept(notice));
        dialog.open();
    }
}
