package org.tongban.documents.internal;

import java.nio.file.Path;

/**
 * The settings of the documents service, from {@link DocumentsConfig} and the framework properties.
 *
 * @param trackingUrl the tracking page with {@code {caseNumber}}
 * @param verifyUrl the verification page
 * @param templateFolder the city's template folder, or {@code null}
 * @param reviewDays days to apply for administrative review
 * @param litigationMonths months to bring an administrative suit
 * @param maxVerifyBytes largest PDF that verification reads
 */
record DocumentSettings(
        String trackingUrl,
        String verifyUrl,
        Path templateFolder,
        int reviewDays,
        int litigationMonths,
        long maxVerifyBytes) {

    static DocumentSettings from(DocumentsConfig config, String home) {
        Path folder = Path.of(config.templateFolder().strip());
        return new DocumentSettings(
                config.trackingUrl().strip(),
                config.verifyUrl().strip(),
                home == null || folder.isAbsolute() ? folder : Path.of(home).resolve(folder),
                config.administrativeReviewDays(),
                config.litigationMonths(),
                config.maxVerifyKilobytes() * 1024L);
    }

    String trackingUrlOf(String caseNumber) {
        return trackingUrl.replace(
                "{caseNumber}", java.net.URLEncoder.encode(caseNumber, java.nio.charset.StandardCharsets.UTF_8));
    }
}
