package org.tongban.platform.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.web.ApiResponse;
import org.tongban.platform.files.FileType;
import org.tongban.platform.files.SafeDownload;
import org.tongban.platform.files.StoredFile;
import org.tongban.platform.files.UploadKind;

/** Files go back as attachments that a browser will neither render as a page nor sniff into one. */
class SafeDownloadTest {

    @Test
    void aPdfIsAnAttachmentWithNosniffAndItsChineseName() {
        StoredFile file = file(FileType.PDF, "营业执照.pdf");

        ApiResponse answer = SafeDownload.of(file, Samples.pdf());

        assertThat(answer.contentType()).isEqualTo("application/pdf");
        assertThat(answer.headers())
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry(
                        "Content-Disposition",
                        "attachment; filename=\"file-7.pdf\"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf");
        assertThat(answer.headers().get("Content-Security-Policy")).startsWith("sandbox");
    }

    @Test
    void contentThatIsNotWhatTheRowSaysGoesOutAsOpaqueBytes() {
        // A row altered in the database to point at HTML: still never text/html.
        ApiResponse answer = SafeDownload.of(file(FileType.PNG, "照片.png"), Samples.html());

        assertThat(answer.contentType()).isEqualTo("application/octet-stream");
        assertThat(answer.headers().get("Content-Disposition")).startsWith("attachment;");
    }

    private static StoredFile file(FileType type, String name) {
        return new StoredFile(7, UploadKind.MATERIAL, name, type, 10, "0".repeat(64), Instant.EPOCH, "clerk");
    }
}
