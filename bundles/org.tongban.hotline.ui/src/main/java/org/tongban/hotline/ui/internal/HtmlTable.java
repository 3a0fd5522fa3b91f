package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A plain HTML table of text (read by screen readers as a table, headers marked), one element per cell. */
@Tag("table")
final class HtmlTable extends Component {
    HtmlTable(String label) {
        getElement().setAttribute("aria-label", label);
        getStyle().set("border-collapse", "collapse").set("display", "block").set("overflow-x", "auto");
        // Wider than a phone: it scrolls sideways, so the keyboard must be able to reach and scroll it.
        getElement().setAttribute("tabindex", "0");
    }

    /** A header row. */
    HtmlTable head(List<String> cells) {
        Element row = new Element("tr");
        cells.forEach(c -> row.appendChild(cell("th", c).setAttribute("scope", "col")));
        getElement().appendChild(row);
        return this;
    }

    /** A row whose first cell heads the row; returns its cells for styling. */
    List<Element> row(String header, List<String> cells) {
        Element row = new Element("tr");
        row.appendChild(cell("th", header).setAttribute("scope", "row"));
        List<Element> tds = cells.stream().map(c -> cell("td", c)).toList();
        tds.forEach(row::appendChild);
        getElement().appendChild(row);
        return tds;
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        cell.setText(text);
        cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        return cell;
    }

    /** The text of every cell, row by row, for tests and exports. */
    List<List<String>> rows() {
        return getElement()
                .getChildren()
                .map(r -> r.getChildren().map(Element::getText).toList())
                .toList();
    }
}
