package org.tongban.helpdesk;

import java.time.Instant;

/**
 * A form of the help-desk standards (DB14/T 2233-2020, DB3205/T 1077-2023) issued at a step of a request as a sealed
 * PDF of the documents feature, kept with the request.
 *
 * @param documentId the issued document's id in the documents registry
 * @param form the form's code ({@code helpdesk-acceptance}, {@code helpdesk-authorisation}, …)
 * @param title its printed title (帮办代办受理单 …)
 * @param step the step that issued it ({@code take}, {@code authorise}, {@code suspend}, …)
 * @param sha256 SHA-256 of the signed file, what verification looks up
 * @since 1.1
 */
public record HelpForm(long documentId, String form, String title, String step, String sha256, Instant issuedAt) {}
