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
 * @param kind what the document is, printed under the title (一次性告知书, 办事清单)
 * @param subtitle the line under it: the code and who implements it
 */
public record OneTimeNotice(
        String matterName,
        String matterCode,
        String issuer,
        List<NoticeBlock> blocks,
        String closing,
        String kind,
        String subtitle) {

    /** A one-time notice of one matter. */
    public OneTimeNotice(
            String matterName, String matterCode, String issuer, List<NoticeBlock> blocks, String closing) {
        this(matterName, matterCode, issuer, blocks, closing, "一次性告知书", "事项编码：" + matterCode + "　　实施主体：" + issuer);
    }
}
