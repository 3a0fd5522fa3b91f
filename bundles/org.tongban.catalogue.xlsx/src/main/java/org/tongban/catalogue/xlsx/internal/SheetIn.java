package org.tongban.catalogue.xlsx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.ValidationError;

/**
 * One sheet as read: its header row mapped to the layout's columns, and typed access to the cells of each data row.
 * Every problem is added to the shared error list with its place ({@code 事项 工作表 第 12 行 “法定时限”}); reading
 * never stops at the first problem.
 */
final class SheetIn {
    private final Table table;
    private final List<ValidationError> errors;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<SheetRows.Row> rows = new ArrayList<>();

    private SheetIn(Table table, List<ValidationError> errors) {
        this.table = table;
        this.errors = errors;
    }

    /** A sheet missing from the workbook: no rows. */
    static SheetIn absent(Table table, List<ValidationError> errors) {
        return new SheetIn(table, errors);
    }

    static SheetIn of(Table table, List<SheetRows.Row> raw, List<ValidationError> errors) {
        SheetIn sheet = new SheetIn(table, errors);
        if (raw.isEmpty()) {
            return sheet;
        }
        SheetRows.Row header = raw.getFirst();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            if (name == null || name.isBlank()) {
                continue;
            }
            name = name.strip();
            if (table.column(name) == null) {
                sheet.error(header.number(), null, "未知的列「" + name + "」，可用的列：" + headers(table));
            } else if (sheet.columns.putIfAbsent(name, i) != null) {
                sheet.error(header.number(), null, "列「" + name + "」重复");
            }
        }
        for (Table.Column c : table.columns()) {
            if (c.required() && !sheet.columns.containsKey(c.header())) {
                sheet.error(header.number(), null, "缺少列「" + c.header() + "」");
            }
        }
        sheet.rows.addAll(raw.subList(1, raw.size()));
        for (SheetRows.Row row : sheet.rows) {
            for (int index : row.errorColumns()) {
                sheet.columns.forEach((name, i) -> {
                    if (i == index) {
                        sheet.error(row.number(), name, "单元格包含错误值，请填写内容");
                    }
                });
            }
        }
        return sheet;
    }

    private static String headers(Table table) {
        return String.join(
                "、", table.columns().stream().map(Table.Column::header).toList());
    }

    Table table() {
        return table;
    }

    List<SheetRows.Row> rows() {
        return rows;
    }

    /** {@code 事项 工作表 第 12 行}. */
    String place(int row) {
        return table.sheet() + " 工作表 第 " + row + " 行";
    }

    /** {@code 事项 工作表 第 12 行 “法定时限”}. */
    String place(int row, String header) {
        return header == null ? place(row) : place(row) + " “" + header + "”";
    }

    void error(int row, String header, String message) {
        errors.add(new ValidationError(place(row, header), message));
    }

    /** Whether the sheet has this column (older workbooks lack the later ones). */
    boolean has(String header) {
        return columns.containsKey(header);
    }

    /** The trimmed text of a cell, {@code null} when empty. Long texts keep their line breaks. */
    String text(SheetRows.Row row, String header) {
        Integer index = columns.get(header);
        if (index == null) {
            return null;
        }
        String value = row.cell(index);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    Integer integer(SheetRows.Row row, String header, int min, int max, boolean required) {
        String value = text(row, header);
        if (value == null) {
            if (required) {
                error(row.number(), header, "不能为空，必须是 " + min + "-" + max + " 的整数");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(
                row.number(),
                header,
                max - min == 1
                        ? "必须是 " + min + " 或 " + max + "（当前为「" + value + "」）"
                        : "必须是 " + min + "-" + max + " 的整数（当前为「" + value + "」）");
        return null;
    }

    boolean bool(SheetRows.Row row, String header, boolean empty) {
        String value = text(row, header);
        if (value == null) {
            return empty;
        }
        return switch (value) {
            case Layout.YES, "TRUE" -> true;
            case Layout.NO, "FALSE" -> false;
            default -> {
                error(row.number(), header, "应填写“是”或“否”（当前为「" + value + "」）");
                yield empty;
            }
        };
    }

    /** A label of one of the catalogue's enums; the enum's own message names the valid labels. */
    <E> E label(SheetRows.Row row, String header, Function<String, E> fromLabel) {
        String value = text(row, header);
        if (value == null) {
            return null;
        }
        try {
            return fromLabel.apply(value);
        } catch (CatalogueException e) {
            error(row.number(), header, e.getMessage());
            return null;
        }
    }

    /** Several labels separated by 、 or commas. */
    <E> List<E> labels(SheetRows.Row row, String header, Function<String, E> fromLabel) {
        List<E> result = new ArrayList<>();
        for (String part : split(text(row, header), "[、,，;；\\s]+")) {
            try {
                result.add(fromLabel.apply(part));
            } catch (CatalogueException e) {
                error(row.number(), header, e.getMessage());
            }
        }
        return result;
    }

    /** Codes, one per line (also accepted: separated by 、, commas or spaces). */
    List<String> codes(SheetRows.Row row, String header) {
        return split(text(row, header), "[、,，;；\\s]+");
    }

    /** Lines of a cell. */
    List<String> lines(SheetRows.Row row, String header) {
        return split(text(row, header), "\\R+");
    }

    private static List<String> split(String value, String separator) {
        if (value == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : value.split(separator)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
