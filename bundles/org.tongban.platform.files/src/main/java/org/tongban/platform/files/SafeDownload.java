package org.tongban.platform.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.tongban.platform.api.web.ApiResponse;

/**
 * How a stored file goes back to a browser: always as an attachment of an allowlisted type with
 * {@code X-Content-Type-Options: nosniff} and a sandboxing policy, so nothing uploaded ever runs as a page or script
 * of this site, whatever it contains.
 */
public final class SafeDownload {
    private SafeDownload() {}

    /** The answer of an API route that hands out this file. */
    public static ApiResponse of(StoredFile file, byte[] content) {
        // The type is re-derived from the bytes: a row altered in the database cannot make the answer text/html.
        String type = FileType.detect(content)
                .filter(detected -> detected == file.type())
                .map(FileType::mediaType)
                .orElse("application/octet-stream");
        return ApiResponse.bytes(type, content)
                .withHeader("Content-Disposition", contentDisposition(file))
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Content-Security-Policy", "sandbox; default-src 'none'")
                .withHeader("Cache-Control", "private, no-store");
    }

    /** {@code attachment} with an ASCII fallback name and the real name in RFC 5987 form. */
    static String contentDisposition(StoredFile file) {
        String fallback = "file-" + file.id() + "." + file.type().extensions().getFirst();
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
