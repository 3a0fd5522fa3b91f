package org.tongban.intake.internal;

import org.tongban.intake.IntakeException;
import org.tongban.worktime.PauseKind;

/** 中止 for the excluded steps of 行政许可法 第四十五条, and 延期 within the matter's rule (第四十二条). */
final class Suspensions {
    private Suspensions() {}

    static String pauseKind(String value) {
        try {
            return PauseKind.valueOf(value == null ? "" : value.strip()).name();
        } catch (IllegalArgumentException e) {
            throw IntakeException.of("intake.error.pauseKind", value == null ? "" : value);
        }
    }

    static void checkExtension(StoredCase k, int amount) {
        if (k.extensionCount() == 0) {
            throw IntakeException.of("intake.error.notExtendable", k.full().matterName());
        }
        if (k.extensionsUsed() >= k.extensionCount()) {
            throw IntakeException.of("intake.error.extensionsUsed", k.extensionCount());
        }
        if (amount < 1 || amount > k.extensionAmount()) {
            throw IntakeException.of("intake.error.extensionAmount", k.extensionAmount());
        }
    }
}
