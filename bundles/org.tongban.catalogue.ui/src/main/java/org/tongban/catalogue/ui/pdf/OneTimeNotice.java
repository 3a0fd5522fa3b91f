package org.tongban.catalogue.ui.pdf;

import java.util.List;

/**
 * What a one-time notice (一次性告知书) says, in print order: the matter, then every block, then the closing note.
 *
 * @param matterName the matter's name, printed as the title
 * @param matterCode its implementation code
 * @param issuer the department that implements it
 * @param blocks the sections
 * @param closing the closing note with the date it was printed
 */
public record OneTimeNotice(
        String matterName, String matterCode, String issuer, List<NoticeBlock> blocks, String closing) {}
