package org.tongban.catalogue.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cells of one worksheet part as text, streaming (SAX), so that a large workbook never becomes a tree of
 * objects in memory. Numbers come back in plain notation ({@code 20}, not {@code 20.0}); booleans as {@code TRUE} or
 * {@code FALSE}; formula cells as their cached value.
 */
final class SheetRows extends DefaultHandler {

    /**
     * One non-empty row.
     *
     * @param number the row number as Excel shows it (from 1)
     * @param cells the cell texts by column index; {@code null} where empty
     * @param errorColumns indexes of cells holding an Excel error value (#N/A ...)
     */
    record Row(int number, List<String> cells, List<Integer> errorColumns) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    private final SharedStrings strings;
    private final List<Row> rows = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private List<String> cells;
    private List<Integer> errors;
    private int rowNumber;
    private int nextRow = 1;
    private int column;
    private int nextColumn;
    private String type;
    private boolean inValue;
    private boolean inInline;

    private SheetRows(SharedStrings strings) {
        this.strings = strings;
    }

    static List<Row> read(InputStream sheet, SharedStrings strings) throws IOException, SAXException {
        SheetRows handler = new SheetRows(strings);
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(sheet));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return handler.rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> {
                String r = atts.getValue("r");
                rowNumber = r == null ? nextRow : Integer.parseInt(r);
                cells = new ArrayList<>();
                errors = new ArrayList<>();
                nextColumn = 0;
            }
            case "c" -> {
                String ref = atts.getValue("r");
                column = ref == null ? nextColumn : columnIndex(ref);
                type = atts.getValue("t");
                text.setLength(0);
            }
            case "v" -> inValue = true;
            case "is" -> inInline = true;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInline) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "c" -> {
                put(column, value());
                nextColumn = column + 1;
            }
            case "row" -> {
                if (cells.stream().anyMatch(c -> c != null && !c.isBlank()) || !errors.isEmpty()) {
                    rows.add(new Row(rowNumber, cells, errors));
                }
                nextRow = rowNumber + 1;
            }
            default -> {}
        }
    }

    private String value() {
        String raw = text.toString();
        if (type == null || type.equals("n")) {
            return raw.isEmpty() ? null : plainNumber(raw);
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
            case "e" -> {
                errors.add(column);
                yield null;
            }
            default -> raw; // inlineStr, str (formula result as text)
        };
    }

    private void put(int index, String value) {
        while (cells.size() <= index) {
            cells.add(null);
        }
        cells.set(index, value);
    }

    private static String plainNumber(String raw) {
        try {
            return new BigDecimal(raw.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** {@code B12} → 1. */
    static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}
