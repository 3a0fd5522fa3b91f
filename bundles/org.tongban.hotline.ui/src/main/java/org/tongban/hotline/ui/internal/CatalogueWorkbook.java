package org.tongban.hotline.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongban.hotline.CatalogueRow;
import org.tongban.hotline.HotlineException;

/**
 * The dispatch catalogue as one sheet, a row per category and route: category code, name, parent code, public (是/否),
 * jurisdiction code, unit code. What is exported imports again unchanged.
 */
final class CatalogueWorkbook {
    static final int COLUMNS = 6;
    private static final String YES = "是";

    private CatalogueWorkbook() {}

    static byte[] write(List<CatalogueRow> rows, Function<String, String> t) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t.apply("hotline.ui.catalogue.sheet"));
            Row head = sheet.createRow(0);
            String[] keys = {"categoryCode", "categoryName", "parentCode", "public", "jurisdiction", "unitCode"};
            for (int i = 0; i < keys.length; i++) {
                head.createCell(i).setCellValue(t.apply("hotline.ui.catalogue.column." + keys[i]));
            }
            int r = 1;
            for (CatalogueRow c : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.categoryCode());
                row.createCell(1).setCellValue(c.categoryName());
                row.createCell(2).setCellValue(c.parentCode() == null ? "" : c.parentCode());
                row.createCell(3).setCellValue(c.publicService() ? YES : "否");
                row.createCell(4).setCellValue(c.jurisdictionCode() == null ? "" : c.jurisdictionCode());
                row.createCell(5).setCellValue(c.unitCode() == null ? "" : c.unitCode());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the first sheet below its header; a file that is no workbook is refused in Chinese. */
    static List<CatalogueRow> read(byte[] content) {
        List<CatalogueRow> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String[] v = new String[COLUMNS];
                boolean any = false;
                for (int i = 0; i < COLUMNS; i++) {
                    Cell cell = row.getCell(i);
                    v[i] = cell == null ? "" : text.formatCellValue(cell).trim();
                    any |= !v[i].isEmpty();
                }
                if (any) {
                    rows.add(new CatalogueRow(
                            v[0], v[1], blank(v[2]), YES.equals(v[3]) || "1".equals(v[3]), blank(v[4]), blank(v[5])));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof HotlineException h) {
                throw h;
            }
            throw new NotAWorkbook();
        }
        return rows;
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The upload is not an Excel workbook (.xlsx). */
    static final class NotAWorkbook extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
