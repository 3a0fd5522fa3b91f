package org.tongban.catalogue.ui.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An ordered list of rows (materials, steps, fees, special steps) edited in a grid: add, edit, remove and move the
 * selected row with buttons, each row edited in a dialog. Keyboard users select a row with the arrow keys and space.
 *
 * @param <T> the row type, an immutable record replaced on each edit
 */
final class ListEditor<T> extends VerticalLayout {

    /** Opens the dialog editing one row; {@code initial} is {@code null} for a new row. */
    @FunctionalInterface
    interface RowDialog<T> {
        void open(T initial, Consumer<T> save);
    }

    private final List<T> rows = new ArrayList<>();
    private final Grid<T> grid = new Grid<>();
    private final RowDialog<T> dialog;
    private final Button add;
    private final Button edit;
    private final Button remove;
    private final Button up;
    private final Button down;
    private final HorizontalLayout buttons;

    ListEditor(String id, String label, RowDialog<T> dialog) {
        this.dialog = dialog;
        setId(id);
        setPadding(false);
        grid.setAriaLabel(label);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("catalogue.console.rows.empty"));
        grid.addSelectionListener(e -> updateButtons());
        grid.addItemDoubleClickListener(e -> editRow(e.getItem()));

        add = button(id + "-add", "catalogue.console.rows.add", VaadinIcon.PLUS, label, () -> addRow());
        edit = button(
                id + "-edit", "catalogue.console.rows.edit", VaadinIcon.EDIT, label, () -> selected(this::editRow));
        remove = button(
                id + "-remove",
                "catalogue.console.rows.remove",
                VaadinIcon.TRASH,
                label,
                () -> selected(this::removeRow));
        up = button(id + "-up", "catalogue.console.rows.up", VaadinIcon.ARROW_UP, label, () -> move(-1));
        down = button(id + "-down", "catalogue.console.rows.down", VaadinIcon.ARROW_DOWN, label, () -> move(1));
        remove.addThemeVariants(ButtonVariant.ERROR);
        buttons = new HorizontalLayout(add, edit, remove, up, down);
        buttons.setWrap(true);
        add(grid, buttons);
        updateButtons();
    }

    private Button button(String id, String key, VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(key) + "：" + label);
        return button;
    }

    /** The grid, to add the columns of the row type. */
    Grid<T> grid() {
        return grid;
    }

    List<T> getValue() {
        return List.copyOf(rows);
    }

    void setValue(List<T> value) {
        rows.clear();
        rows.addAll(value);
        grid.setItems(rows);
        updateButtons();
    }

    /** Read-only: the rows stay visible, the buttons go. */
    void setReadOnly(boolean readOnly) {
        buttons.setVisible(!readOnly);
    }

    void addRow() {
        dialog.open(null, row -> {
            rows.add(row);
            grid.setItems(rows);
            grid.select(row);
        });
    }

    void editRow(T row) {
        if (!buttons.isVisible()) {
            return;
        }
        dialog.open(row, changed -> {
            int index = rows.indexOf(row);
            if (index >= 0) {
                rows.set(index, changed);
                grid.setItems(rows);
                grid.select(changed);
            }
        });
    }

    void removeRow(T row) {
        rows.remove(row);
        grid.setItems(rows);
        updateButtons();
        add.focus();
    }

    void move(int by) {
        selected(row -> {
            int from = rows.indexOf(row);
            int to = from + by;
            if (from >= 0 && to >= 0 && to < rows.size()) {
                rows.remove(from);
                rows.add(to, row);
                grid.setItems(rows);
                grid.select(row);
            }
        });
    }

    private void selected(Consumer<T> action) {
        grid.getSelectedItems().stream().findFirst().ifPresent(action);
    }

    private void updateButtons() {
        boolean any = !grid.getSelectedItems().isEmpty();
        edit.setEnabled(any);
        remove.setEnabled(any);
        up.setEnabled(any);
        down.setEnabled(any);
    }
}
