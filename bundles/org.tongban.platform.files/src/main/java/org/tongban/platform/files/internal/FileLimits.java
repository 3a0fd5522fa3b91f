package org.tongban.platform.files.internal;

import java.util.EnumMap;
import java.util.Map;
import org.tongban.platform.files.UploadKind;

/** The largest upload of each kind, in bytes. */
record FileLimits(Map<UploadKind, Long> maxBytes) {
    static FileLimits from(FilesConfig config) {
        Map<UploadKind, Long> limits = new EnumMap<>(UploadKind.class);
        limits.put(UploadKind.MATERIAL, config.materialMaxKilobytes() * 1024L);
        limits.put(UploadKind.PHOTO, config.photoMaxKilobytes() * 1024L);
        limits.put(UploadKind.DOCUMENT, config.documentMaxKilobytes() * 1024L);
        return new FileLimits(limits);
    }

    long of(UploadKind kind) {
        return maxBytes.get(kind);
    }
}
