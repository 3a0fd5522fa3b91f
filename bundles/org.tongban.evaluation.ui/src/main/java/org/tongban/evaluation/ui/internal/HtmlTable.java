package org.tongban.evaluation.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A plain HTML table of text (read by screen readers as a table, headers marked); text is escaped as text. */
@Tag("table")
final class HtmlTable extends Component {
    HtmlTable(String label) {
        getElement().setAttribute("aria-label", label);
        getStyle().set("border-collapse", "collapse").set("display", "block").set("overflow-x", "auto");
        // Wider than a phone: it scrolls sideways, so the keyboard must be able to reach and scroll it.
        getElement().setAttribute("tabindex", "0");
    }

    HtmlTable head(List<String> cells) {
        Element row = new Element("tr");
        cells.forEach(c -> row.appendChild(cell("th", c).setAttribute("scope", "col")));
        getElement().appendChild(row);
        return this;
    }

    /** A row whose first cell heads the row; returns the row for buttons. */
    Element row(String header, List<String> cells) {
        Element row = new Element("tr");
        row.appendChild(cell("th", header).setAttribute("scope", "row"));
        cells.stream().map(c -> cell("td", c)).forEach(row::appendChild);
        getElement().appendChild(row);
        return row;
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        cell.setText(text == null ? "" : text);
        cell.getStyle()
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("vertical-align", "top");
        return cell;
    }

    List<List<String>> rows() {
        return getElement()
                .getChildren()
                .map(r -> r.getChildren().map(Element::getText).toList())
                .toList();
    }
}
