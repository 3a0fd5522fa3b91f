package org.tongban.catalogue;

import java.util.List;

/**
 * A situation question (情形引导) of a life event, whose answer tailors the materials and matters that apply.
 *
 * @param code code, unique within its life event
 * @param text the question
 * @param options the possible answers, at least two
 */
public record SituationQuestion(String code, String text, List<SituationOption> options) {
    public SituationQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
