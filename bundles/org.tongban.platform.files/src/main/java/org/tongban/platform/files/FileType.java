package org.tongban.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The only file types an upload may have, recognised by their content (magic numbers), never by name or by the
 * type a browser claims. Anything else, an executable renamed {@code .pdf} or HTML posing as an image, has no type.
 */
public enum FileType {
    PDF("application/pdf", List.of("pdf")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    PNG("image/png", List.of("png")),
    /** 版式文档 OFD (GB/T 33190): a ZIP container whose entry document is {@code OFD.xml}. */
    OFD("application/ofd", List.of("ofd"));

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    // ISO 32000 lets readers accept a header within the first 1024 bytes; browsers do too, so the check does.
    private static final int PDF_HEADER_WINDOW = 1024;
    // An OFD is found among the first entries; more than this many, or this much inflated data, is not an OFD.
    private static final int OFD_MAX_ENTRIES = 64;
    private static final long OFD_MAX_INFLATED = 64L * 1024 * 1024;

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The media type it is served with. */
    public String mediaType() {
        return mediaType;
    }

    /** File name extensions of this type, lower case, the first one preferred. */
    public List<String> extensions() {
        return extensions;
    }

    /** The type of this content, empty when it is none of the allowed types. */
    public static Optional<FileType> detect(byte[] content) {
        if (content == null || content.length < 4) {
            return Optional.empty();
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (indexOf(content, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC) && hasOfdEntry(content)) {
            return Optional.of(OFD);
        }
        return Optional.empty();
    }

    /** The type a file name's extension names, empty for none or an unknown one. */
    public static Optional<FileType> byName(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.extensions.contains(extension))
                .findFirst();
    }

    private static boolean hasOfdEntry(byte[] content) {
        long inflated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < OFD_MAX_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                if ("OFD.xml".equals(entry.getName())) {
                    return true;
                }
                // Skipping an entry inflates it: count it, so a compression bomb stops early.
                inflated += zip.skip(OFD_MAX_INFLATED - inflated);
                if (inflated >= OFD_MAX_INFLATED) {
                    return false;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] content, byte[] needle, int window) {
        int last = Math.min(content.length, window) - needle.length;
        for (int i = 0; i <= last; i++) {
            if (Arrays.equals(content, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
