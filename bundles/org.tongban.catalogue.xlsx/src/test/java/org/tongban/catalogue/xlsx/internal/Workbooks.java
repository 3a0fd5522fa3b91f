package org.tongban.catalogue.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongban.catalogue.CatalogueDocument;

/** Workbooks for tests: written by the codec, then changed as a user would change them in Excel. */
final class Workbooks {
    private static byte[] demo;

    private Workbooks() {}

    /** The demo catalogue as a workbook, written once for all tests. */
    static synchronized byte[] demo() throws IOException {
        if (demo == null) {
            demo = write(DemoCatalogue.document());
        }
        return demo.clone();
    }

    static byte[] write(CatalogueDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxCatalogueCodec().write(document, out);
        return out.toByteArray();
    }

    static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Sets the cell of a sheet's data row (1 = the first row under the header) under a header. */
    static void set(XSSFWorkbook wb, String sheet, int row, String header, String value) {
        Sheet s = wb.getSheet(sheet);
        Row headers = s.getRow(0);
        for (int i = 0; i < headers.getLastCellNum(); i++) {
            if (header.equals(headers.getCell(i).getStringCellValue())) {
                Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
                r.createCell(i).setCellValue(value);
                return;
            }
        }
        throw new IllegalArgumentException("no column " + header + " in " + sheet);
    }

    static void setNumber(XSSFWorkbook wb, String sheet, int row, String header, double value) {
        Sheet s = wb.getSheet(sheet);
        Row headers = s.getRow(0);
        for (int i = 0; i < headers.getLastCellNum(); i++) {
            if (header.equals(headers.getCell(i).getStringCellValue())) {
                s.getRow(row).createCell(i).setCellValue(value);
                return;
            }
        }
        throw new IllegalArgumentException("no column " + header + " in " + sheet);
    }

    /** Removes a column's header, so the workbook reads as one written before that column existed. */
    static void dropColumn(XSSFWorkbook wb, String sheet, String header) {
        Row headers = wb.getSheet(sheet).getRow(0);
        for (int i = 0; i < headers.getLastCellNum(); i++) {
            if (headers.getCell(i) != null && header.equals(headers.getCell(i).getStringCellValue())) {
                headers.removeCell(headers.getCell(i));
                return;
            }
        }
        throw new IllegalArgumentException("no column " + header + " in " + sheet);
    }
}
