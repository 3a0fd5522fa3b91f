package org.tongban.platform.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.platform.ui.internal.EchartsScript;
import org.tongban.platform.ui.internal.Json;
import org.tongban.platform.ui.internal.KitMessages;

/**
 * A bar, line or pie chart drawn by Apache ECharts (SVG), with its data also as a table: screen readers read the
 * table (the drawing is hidden from them), keyboard users open it with the 数据表 button, and it is shown in place of
 * the drawing when the script cannot load. The drawing fills the width it gets and redraws when that changes (a 390
 * px phone included); it takes its text size and colour from the theme, and in the care mode (关怀模式) uses
 * high-contrast colours with patterns, so that series differ by more than colour.
 *
 * <p>The script is served by the kit itself: production mode needs no Node build and no CDN.
 */
public class Chart extends Composite<Div> {
    private static final long serialVersionUID = 1L;

    /** How the values are drawn. */
    public enum Type {
        BAR,
        /** Bars along the vertical axis: long Chinese labels stay readable on a phone. */
        HORIZONTAL_BAR,
        LINE,
        /** The first series' values as shares of the categories. */
        PIE
    }

    /** One named row of values, one per category. */
    public record Series(String name, List<? extends Number> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    private static final String RENDER =
            """
            const el = this, url = $0, option = JSON.parse($1);
            const table = el.parentElement && el.parentElement.querySelector('table');
            const load = window.__tongbanEcharts || (window.__tongbanEcharts = new Promise((ok, fail) => {
              if (window.echarts) { ok(window.echarts); return; }
              const script = document.createElement('script');
              script.src = new URL(url, document.baseURI).href;
              script.onload = () => window.echarts ? ok(window.echarts) : fail(new Error('echarts'));
              script.onerror = () => { window.__tongbanEcharts = null; fail(new Error('echarts')); };
              document.head.appendChild(script);
            }));
            return load.then(echarts => {
              const css = getComputedStyle(el);
              const care = document.body.classList.contains('tb-care');
              const size = parseFloat(css.fontSize) || 16;
              option.textStyle = { color: css.color, fontSize: Math.round(size * 0.875) };
              if (option.legend) { option.legend.textStyle = { color: css.color, fontSize: Math.round(size * 0.875) }; }
              option.aria = { enabled: true, decal: { show: care } };
              if (care) { option.color = ['#003d99', '#000000', '#a33a00', '#006b35', '#6b0080']; }
              const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'svg' });
              chart.setOption(option, true);
              if (!el.__tongbanResize) {
                el.__tongbanResize = new ResizeObserver(() => chart.resize());
                el.__tongbanResize.observe(el);
              }
              el.setAttribute('data-rendered', 'true');
              return true;
            }).catch(() => {
              el.setAttribute('data-rendered', 'failed');
              el.style.display = 'none';
              if (table) { table.removeAttribute('style'); }
              return false;
            });
            """;

    private final Type type;
    private final String title;
    private final Div drawing = new Div();
    private final Element table = new Element("table");
    private final Button toggle = new Button();
    private List<String> categories = List.of();
    private final List<Series> series = new ArrayList<>();
    private boolean tableShown;

    /** @param title names the chart for screen readers and captions its table, for example {@code 近 7 天搜索量} */
    public Chart(Type type, String title) {
        this.type = type;
        this.title = title;
        Div root = getContent();
        root.addClassName("tb-chart");
        root.getElement().setAttribute("role", "figure");
        root.getElement().setAttribute("aria-label", title);
        root.setWidthFull();
        drawing.addClassName("tb-chart-drawing");
        drawing.getElement().setAttribute("aria-hidden", "true");
        drawing.setWidthFull();
        drawing.setHeight("20rem");
        drawing.setMinWidth("0");
        toggle.setText(KitMessages.get(this, "tongban.ui.chart.table.show"));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(click -> showTable(!tableShown));
        toggle.addClassName("tb-chart-toggle");
        table.getClassList().add("tb-chart-table");
        root.add(drawing, toggle);
        root.getElement().appendChild(table);
        writeTable();
        showTable(false);
    }

    /** The labels along the category axis (or of the pie's slices). */
    public Chart setCategories(List<String> categories) {
        this.categories = List.copyOf(categories);
        update();
        return this;
    }

    /** Adds a named series, one value per category. */
    public Chart addSeries(String name, List<? extends Number> values) {
        series.add(new Series(name, values));
        update();
        return this;
    }

    /** Replaces categories and series at once. */
    public Chart setData(List<String> categories, List<Series> series) {
        this.categories = List.copyOf(categories);
        this.series.clear();
        this.series.addAll(series);
        update();
        return this;
    }

    public Type type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<String> categories() {
        return categories;
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    /** Sets the drawing's height (CSS), {@code 20rem} unless set. */
    public void setDrawingHeight(String height) {
        drawing.setHeight(height);
    }

    /** Whether the data table is shown on screen (it is always there for screen readers). */
    public boolean isTableShown() {
        return tableShown;
    }

    /** Shows or visually hides the data table. */
    public void showTable(boolean shown) {
        tableShown = shown;
        toggle.setText(KitMessages.get(this, shown ? "tongban.ui.chart.table.hide" : "tongban.ui.chart.table.show"));
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
        if (shown) {
            table.removeAttribute("style");
            table.getStyle()
                    .set("border-collapse", "collapse")
                    .set("max-width", "100%")
                    .set("display", "block")
                    .set("overflow-x", "auto");
        } else {
            // Visually hidden, still read: the drawing is aria-hidden.
            table.removeAttribute("style");
            table.getStyle()
                    .set("position", "absolute")
                    .set("width", "1px")
                    .set("height", "1px")
                    .set("overflow", "hidden")
                    .set("clip", "rect(0 0 0 0)")
                    .set("white-space", "nowrap");
        }
    }

    /** The ECharts option this chart draws, as JSON. */
    public String optionJson() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("title", Map.of("text", title, "show", false));
        option.put("animation", false);
        if (type == Type.PIE) {
            option.put("tooltip", Map.of("trigger", "item"));
            option.put("legend", new LinkedHashMap<>(Map.of("type", "scroll", "bottom", 0)));
            List<Map<String, Object>> slices = new ArrayList<>();
            List<? extends Number> values =
                    series.isEmpty() ? List.of() : series.getFirst().values();
            for (int i = 0; i < categories.size() && i < values.size(); i++) {
                Map<String, Object> slice = new LinkedHashMap<>();
                slice.put("name", categories.get(i));
                slice.put("value", values.get(i));
                slices.add(slice);
            }
            Map<String, Object> pie = new LinkedHashMap<>();
            pie.put("type", "pie");
            pie.put("name", series.isEmpty() ? title : series.getFirst().name());
            pie.put("radius", List.of("35%", "65%"));
            pie.put("data", slices);
            option.put("series", List.of(pie));
            return Json.write(option);
        }
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", new LinkedHashMap<>(Map.of("type", "scroll", "top", 0)));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true));
        Map<String, Object> categoryAxis = new LinkedHashMap<>();
        categoryAxis.put("type", "category");
        categoryAxis.put("data", categories);
        Map<String, Object> valueAxis = Map.of("type", "value");
        boolean horizontal = type == Type.HORIZONTAL_BAR;
        option.put("xAxis", horizontal ? valueAxis : categoryAxis);
        option.put("yAxis", horizontal ? categoryAxis : valueAxis);
        List<Map<String, Object>> drawn = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", s.name());
            entry.put("type", type == Type.LINE ? "line" : "bar");
            entry.put("data", s.values());
            drawn.add(entry);
        }
        option.put("series", drawn);
        return Json.write(option);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        draw();
    }

    private void update() {
        writeTable();
        if (getUI().isPresent()) {
            draw();
        }
    }

    private void draw() {
        if (!EchartsScript.available()) {
            showTable(true);
            return;
        }
        String url = EchartsScript.register(VaadinSession.getCurrent());
        drawing.getElement().executeJs(RENDER, url, optionJson());
    }

    private void writeTable() {
        table.removeAllChildren();
        table.appendChild(new Element("caption").setText(title));
        Element head = new Element("tr");
        head.appendChild(cell("th", KitMessages.get(this, "tongban.ui.chart.category"), "col"));
        for (Series s : series) {
            head.appendChild(cell("th", s.name(), "col"));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (int i = 0; i < categories.size(); i++) {
            Element row = new Element("tr");
            row.appendChild(cell("th", categories.get(i), "row"));
            for (Series s : series) {
                Number value = i < s.values().size() ? s.values().get(i) : null;
                row.appendChild(cell("td", value == null ? "" : value.toString(), null));
            }
            body.appendChild(row);
        }
        table.appendChild(body);
    }

    private static Element cell(String tag, String text, String scope) {
        Element cell = new Element(tag).setText(text);
        if (scope != null) {
            cell.setAttribute("scope", scope);
        }
        cell.getStyle().set("padding", "0.25em 0.75em").set("text-align", "start");
        return cell;
    }
}
