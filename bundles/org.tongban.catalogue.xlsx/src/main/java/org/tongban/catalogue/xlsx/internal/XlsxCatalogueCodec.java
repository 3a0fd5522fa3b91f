package org.tongban.catalogue.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalogue.CatalogueCodec;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.CatalogueException;
import org.tongban.catalogue.CatalogueFormatException;
import org.tongban.catalogue.ValidationError;
import org.xml.sax.SAXException;

/**
 * The exchange format as an Excel workbook (.xlsx), one sheet per table with Chinese headers (see {@link Layout}).
 * Files larger than {@value #MAX_FILE_BYTES} bytes, files that are not .xlsx, and zip bombs are refused with a clear
 * message; nothing of the file is trusted before it has been checked.
 */
@Component(service = CatalogueCodec.class)
public final class XlsxCatalogueCodec implements CatalogueCodec {
    /** 20 MB: far above a city's catalogue (a few thousand matters), far below what would strain the server. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /**
     * No part of a workbook may unpack to more than this: a 20 MB workbook saved by Excel unpacks to far less, and
     * the shared strings part is held in memory while reading.
     */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** A part that unpacks more than 100 times its packed size is treated as a zip bomb (POI's default ratio). */
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final Logger LOG = LoggerFactory.getLogger(XlsxCatalogueCodec.class);

    static {
        // The limits are static in POI; POI is private to this bundle, so no one else is affected.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    @Override
    public String name() {
        return "Excel";
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public CatalogueDocument read(InputStream in) throws IOException {
        Path file = Files.createTempFile("tongban-catalogue-", ".xlsx");
        try {
            copy(in, file);
            checkSignature(file);
            Map<String, List<SheetRows.Row>> sheets = withBundleLoader(() -> sheets(file));
            return WorkbookReader.read(sheets);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void write(CatalogueDocument document, OutputStream out) throws IOException {
        withBundleLoader(() -> {
            WorkbookWriter.write(document, out);
            return null;
        });
    }

    private static void copy(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > MAX_FILE_BYTES) {
                    throw fail("文件超过 20 MB，请拆分后分批导入");
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw fail("文件为空");
        }
    }

    private static void checkSignature(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n == 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11) {
            throw fail("这是旧版 Excel（.xls）文件或加密的工作簿，请在 Excel 中取消密码并另存为 .xlsx 后再导入");
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K') {
            throw fail("不是 Excel 工作簿（.xlsx）文件");
        }
    }

    private static Map<String, List<SheetRows.Row>> sheets(Path file) throws IOException {
        Map<String, List<SheetRows.Row>> sheets = new LinkedHashMap<>();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    sheets.put(it.getSheetName(), SheetRows.read(sheet, strings));
                }
            }
        } catch (OpenXML4JException | SAXException | IOException | RuntimeException e) {
            throw unreadable(e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // closes a package opened for reading without trying to save it
            }
        }
        return sheets;
    }

    private static CatalogueFormatException unreadable(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("max size allowed") || message.contains("exceed")) {
            LOG.warn("Refused a workbook that unpacks to an abnormal size: {}", message);
            return fail("文件解压后体积异常（疑似压缩炸弹），已拒绝读取");
        }
        LOG.info("Unreadable workbook: {}", e.toString());
        return fail("无法读取 Excel 工作簿，文件可能已损坏或不是 .xlsx 格式，请用 Excel 打开检查后另存再导入");
    }

    private static CatalogueFormatException fail(String message) {
        return new CatalogueFormatException(List.of(new ValidationError("", message)));
    }

    /**
     * Some code paths of POI, XMLBeans and the Log4j API look classes up through the context class loader, which
     * inside OSGi is the caller's and cannot see the libraries embedded here. The paths used today do not need it;
     * this keeps them safe should that change.
     */
    private static <T> T withBundleLoader(Callable<T> work) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XlsxCatalogueCodec.class.getClassLoader());
        try {
            return work.call();
        } catch (IOException | CatalogueException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
