package org.tongban.catalogue.xlsx.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each element of the document came from, so that the importer's errors name the sheet, row and column (see
 * {@link org.tongban.catalogue.CatalogueDocument#origins()}). Very large workbooks get rows only, to keep the map
 * small; the importer then names the row and the field.
 */
final class Origins {
    /** Above this many data rows in all, columns are not mapped one by one. */
    static final int FIELD_LIMIT = 50_000;

    private final Map<String, String> places = new HashMap<>();
    private final boolean fields;

    Origins(int rows) {
        this.fields = rows <= FIELD_LIMIT;
    }

    /** The element at {@code path} is row {@code row} of {@code sheet}; its fields are the sheet's keyed columns. */
    void row(String path, SheetIn sheet, int row) {
        places.put(path, sheet.place(row));
        if (fields) {
            for (Table.Column c : sheet.table().columns()) {
                if (c.key() != null) {
                    places.put(path + "." + c.key(), sheet.place(row, c.header()));
                }
            }
        }
    }

    /** A single field at {@code path} is the cell of {@code row} under {@code header}. */
    void field(String path, SheetIn sheet, int row, String header) {
        places.put(path, fields ? sheet.place(row, header) : sheet.place(row));
    }

    /** A list of parts at {@code path}, kept in {@code partSheet}, belongs to the element in {@code row}. */
    void list(String path, SheetIn sheet, int row, String partSheet) {
        places.put(path, sheet.place(row) + "（“" + partSheet + "”工作表）");
    }

    Map<String, String> places() {
        return places;
    }
}
