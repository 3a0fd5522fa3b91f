package org.tongban.intake;

/**
 * An application made online, to submit.
 *
 * @param clientKey the page's or app's key for this submission: a double click or a retry with the same key and form
 *     returns the same case, another form is refused
 * @param channel {@link Channel#ONLINE} (the portal) or {@link Channel#MOBILE} (the mobile API)
 * @param form what was filled in; the files are those uploaded to the account's draft of the same subject
 */
public record OnlineSubmission(String clientKey, Channel channel, ApplicationForm form) {}
