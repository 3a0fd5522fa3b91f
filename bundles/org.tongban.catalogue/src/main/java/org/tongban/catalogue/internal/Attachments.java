package org.tongban.catalogue.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Identifies attachments by their content: the id is the SHA-256, the type is sniffed, never taken on trust. */
final class Attachments {

    static final String PDF = "application/pdf";
    static final String DOC = "application/msword";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLS = "application/vnd.ms-excel";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private Attachments() {}

    static String id(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The media type of the content, or {@code null} when it is none of the accepted kinds. Old Office files (OLE2)
     * look alike inside; the file name decides between Word and Excel.
     */
    static String sniff(byte[] content, String fileName) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(content, OLE2)) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            return name.endsWith(".xls") ? XLS : DOC;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return officeZip(content);
        }
        return null;
    }

    // DOCX and XLSX are ZIP files told apart by their main part's folder.
    private static String officeZip(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("word/")) {
                    return DOCX;
                }
                if (entry.getName().startsWith("xl/")) {
                    return XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
