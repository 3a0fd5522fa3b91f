package org.tongban.notice;

import java.time.Instant;

/**
 * A published notice, for example new opening hours over a holiday. Title and body are plain text exactly as the
 * clerk typed them; whoever displays them must escape them.
 *
 * @param id database identifier
 * @param jurisdictionCode GB/T 2260 code of the jurisdiction it is published for; its whole subtree sees it
 * @param title headline, 1 to {@value NoticeService#MAX_TITLE_LENGTH} characters
 * @param body text, 1 to {@value NoticeService#MAX_BODY_LENGTH} characters; line breaks are kept
 * @param publishedAt when it was published
 * @param author username of the clerk who published it
 */
public record Notice(long id, String jurisdictionCode, String title, String body, Instant publishedAt, String author) {}
