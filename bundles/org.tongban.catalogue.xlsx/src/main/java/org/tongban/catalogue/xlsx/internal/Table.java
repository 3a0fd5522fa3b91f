package org.tongban.catalogue.xlsx.internal;

import java.util.List;

/**
 * One sheet of the workbook: its name and columns in the order written. Columns are found by their header when read,
 * so users may reorder them; key columns must be present.
 */
record Table(String sheet, List<Column> columns) {

    /**
     * A column.
     *
     * @param header the Chinese header in row 1
     * @param key the field of the exchange format it holds (used to locate importer errors), or {@code null}
     * @param width the width written, in characters
     * @param required whether the sheet cannot be read without it
     */
    record Column(String header, String key, int width, boolean required) {}

    Column column(String header) {
        for (Column c : columns) {
            if (c.header().equals(header)) {
                return c;
            }
        }
        return null;
    }

    static Column key(String header, String key, int width) {
        return new Column(header, key, width, true);
    }

    static Column col(String header, String key, int width) {
        return new Column(header, key, width, false);
    }
}
