package org.tongban.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.tongban.platform.ui.internal.KitMessages;

/**
 * Receives one uploaded file into memory, but never more than a limit: the browser's size check can be bypassed, so
 * the server stops reading past the limit and reports the file as too large. Callbacks run with the UI locked, on the
 * upload's request thread, where the clerk's login is bound.
 */
public final class BoundedUpload implements UploadHandler {
    private static final long serialVersionUID = 1L;

    /** Gets a file that fits. */
    @FunctionalInterface
    public interface Received extends java.io.Serializable {
        void accept(String fileName, byte[] content);
    }

    /** Hears of a file that does not. */
    @FunctionalInterface
    public interface TooLarge extends java.io.Serializable {
        void accept(String fileName);
    }

    private final int maxBytes;
    private final Received received;
    private final TooLarge tooLarge;

    public BoundedUpload(int maxBytes, Received received, TooLarge tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        Optional<byte[]> content;
        try (InputStream in = event.getInputStream()) {
            content = readAtMost(in, maxBytes);
        }
        UI ui = event.getUI();
        if (content.isEmpty()) {
            event.reject();
            ui.access(() -> tooLarge.accept(fileName));
        } else {
            byte[] bytes = content.get();
            ui.access(() -> received.accept(fileName, bytes));
        }
    }

    /** The whole stream, or empty when it holds more than {@code maxBytes}. */
    static Optional<byte[]> readAtMost(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                return Optional.empty();
            }
            out.write(buffer, 0, read);
        }
        return Optional.of(out.toByteArray());
    }

    /** An upload for one file with Chinese (or the UI language's) texts and the browser-side checks. */
    public static Upload single(
            com.vaadin.flow.component.Component owner, BoundedUpload handler, int maxBytes, String... fileExtensions) {
        Upload upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileExtensions(fileExtensions);
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(KitMessages.get(owner, "tongban.ui.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(KitMessages.get(owner, "tongban.ui.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(KitMessages.get(owner, "tongban.ui.upload.tooMany"))
                .setFileIsTooBig(KitMessages.get(owner, "tongban.ui.upload.tooBig", size(maxBytes)))
                .setIncorrectFileType(
                        KitMessages.get(owner, "tongban.ui.upload.wrongType", String.join(" ", fileExtensions))));
        upload.setI18n(texts);
        upload.addFileRejectedListener(event -> Feedback.error(KitMessages.get(
                owner,
                "tongban.ui.upload.rejected",
                String.valueOf(event.getFileName()),
                String.valueOf(event.getErrorMessage()))));
        return upload;
    }

    /** A size as people read it: 512 B, 64.0 KB, 5.0 MB. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
