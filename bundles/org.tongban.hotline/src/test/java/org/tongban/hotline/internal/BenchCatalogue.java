package org.tongban.hotline.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.hotline.Category;
import org.tongban.hotline.Unit;
import org.tongban.testing.Jinan;

/**
 * The dispatch catalogue of the benchmarks: the 12 categories of the labelled tickets ({@link SuggestionQuality}) under
 * their 9 top-level categories, and one responsible unit per top-level category in every district, routed there.
 * Units are coded {@code <district>-<top-level category>}, as the bulk-loaded tickets ({@link TicketData}) name them.
 */
final class BenchCatalogue {
    /** The districts the test kit's jurisdictions know: the day's tickets are filed there. */
    static final List<String> KNOWN_DISTRICTS = List.of(Jinan.LIXIA, Jinan.SHIZHONG);

    static final Map<String, String> TOP = new LinkedHashMap<>();

    static {
        TOP.put("CG", "城市管理");
        TOP.put("GR", "供热");
        TOP.put("HB", "生态环境");
        TOP.put("JT", "交通运输");
        TOP.put("RS", "人力资源社会保障");
        TOP.put("SC", "市场监管");
        TOP.put("SW", "水务");
        TOP.put("SZ", "市政设施");
        TOP.put("ZF", "住房保障");
    }

    private BenchCatalogue() {}

    static String unit(String district, String category) {
        return district + "-" + top(category);
    }

    static String top(String category) {
        int dot = category.indexOf('.');
        return dot < 0 ? category : category.substring(0, dot);
    }

    /** Adds the categories, units and routes to the fixture's catalogue (which already has CG, CG.ZYJY and ZF). */
    static void install(HotlineFixture f) {
        f.asOffice();
        for (Map.Entry<String, String> top : TOP.entrySet()) {
            if (!top.getKey().equals("CG") && !top.getKey().equals("ZF")) {
                f.catalogue.saveCategory(new Category(top.getKey(), null, top.getValue(), true));
            }
        }
        Map<String, String> leaves = new LinkedHashMap<>();
        SuggestionQuality.tickets().forEach(t -> leaves.put(t.category(), t.text()));
        for (String leaf : leaves.keySet()) {
            if (!leaf.equals("CG.ZYJY")) {
                f.catalogue.saveCategory(new Category(leaf, top(leaf), leaf, true));
            }
        }
        for (String district : KNOWN_DISTRICTS) {
            for (Map.Entry<String, String> top : TOP.entrySet()) {
                String code = district + "-" + top.getKey();
                f.catalogue.saveUnit(new Unit(code, district + top.getValue() + "承办单位", district, null, null));
                f.catalogue.route(top.getKey(), district, code);
            }
        }
        f.access.logOut();
    }
}
