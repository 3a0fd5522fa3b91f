package org.tongban.documents.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A QR code drawn as vector squares, sharp at any zoom and on any printer. */
final class QrCode {
    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String text) {
        try {
            // Level M survives a crease or a stamp over a corner; the quiet zone is drawn by leaving space around.
            return new QrCode(new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    EncodeHintType.MARGIN,
                                    0)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }

    /** Draws the code with its lower left corner at (x, y), {@code size} points wide. */
    void draw(PDPageContentStream page, float x, float y, float size) throws IOException {
        float module = size / modules.getWidth();
        page.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                if (modules.get(column, row)) {
                    page.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        page.fill();
    }
}
