package org.tongban.catalogue;

import java.util.List;

/**
 * A life-event bundle (一件事一次办, for example 我要开餐馆): several matters handled as one, with situation questions.
 *
 * @param code unique code, for example {@code LE-CANYIN}
 * @param name name
 * @param jurisdictionCode GB/T 2260 code of the jurisdiction offering it; its subtree sees it
 * @param audience whom it serves
 * @param description explanation, or {@code null}
 * @param matterCodes codes of the matters it always includes, in order
 * @param questions the situation questions, in order
 */
public record LifeEvent(
        String code,
        String name,
        String jurisdictionCode,
        ServedAudience audience,
        String description,
        List<String> matterCodes,
        List<SituationQuestion> questions) {
    public LifeEvent {
        matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
