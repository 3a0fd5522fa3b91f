package org.tongban.catalogue.ui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tongban.catalogue.ConsistencyDifference;
import org.tongban.catalogue.ConsistencyGroup;
import org.tongban.catalogue.GuideSummary;

/**
 * The consistency report as rows a grid and a spreadsheet can show: one row per base matter, differing field and
 * implementation, so that the values of one field sit below each other.
 */
final class ConsistencyRows {

    /**
     * One value of one field in one implementation.
     *
     * @param baseCode the shared base code
     * @param field the differing field's Chinese label, or the consistent-mark for a group without differences
     * @param matterCode the implementation code
     * @param matterName the implementation's name
     * @param jurisdiction the implementing jurisdiction's name
     * @param value the implementation's value, empty when it lacks the field
     */
    record Row(
            String baseCode, String field, String matterCode, String matterName, String jurisdiction, String value) {}

    private ConsistencyRows() {}

    /** The rows of the report, in its order; a consistent group gets one row per implementation. */
    static List<Row> of(
            List<ConsistencyGroup> groups, Function<String, String> jurisdictionName, String consistentMark) {
        List<Row> rows = new ArrayList<>();
        for (ConsistencyGroup group : groups) {
            if (group.consistent()) {
                for (GuideSummary implementation : group.implementations()) {
                    rows.add(row(group, consistentMark, implementation, "", jurisdictionName));
                }
                continue;
            }
            for (ConsistencyDifference difference : group.differences()) {
                for (GuideSummary implementation : group.implementations()) {
                    String value = difference
                            .values()
                            .getOrDefault(implementation.matter().code(), "");
                    rows.add(row(group, difference.field(), implementation, value, jurisdictionName));
                }
            }
        }
        return rows;
    }

    private static Row row(
            ConsistencyGroup group,
            String field,
            GuideSummary implementation,
            String value,
            Function<String, String> jurisdictionName) {
        return new Row(
                group.baseCode(),
                field,
                implementation.matter().code(),
                implementation.matter().name(),
                jurisdictionName.apply(implementation.matter().jurisdictionCode()),
                value == null ? "" : value);
    }

    /** The rows containing the text (any case) in their base code, field, matter, jurisdiction or value. */
    static List<Row> filter(List<Row> rows, String text) {
        if (text == null || text.isBlank()) {
            return rows;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> Stream.of(
                                r.baseCode(), r.field(), r.matterCode(), r.matterName(), r.jurisdiction(), r.value())
                        .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
    }

    /** The rows as CSV (UTF-8 with a byte order mark, which spreadsheet programs need to read Chinese). */
    static String csv(List<String> header, List<Row> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(header));
        for (Row r : rows) {
            out.append(line(
                    List.of(r.baseCode(), r.field(), r.matterCode(), r.matterName(), r.jurisdiction(), r.value())));
        }
        return out.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(ConsistencyRows::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    // Quoted always; a leading =, +, - or @ would make a spreadsheet run the cell as a formula.
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
