package org.tongban.catalogue;

import java.util.List;

/**
 * A frequently asked question with its answer, linked to one or more matters.
 *
 * @param code unique code, for example {@code FAQ-0001}
 * @param question the question
 * @param answer the answer
 * @param matterCodes codes of the matters it belongs to, at least one
 */
public record Faq(String code, String question, String answer, List<String> matterCodes) {
    public Faq {
        matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
    }
}
