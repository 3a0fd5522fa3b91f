package org.tongban.catalogue;

import java.util.List;

/**
 * The result of answering a life event's situation questions: the matters and, per matter, the materials that apply.
 * Matters that are not published are left out.
 *
 * @param lifeEvent the life event
 * @param matters the matters that apply, life event's matters first, then those added by answers
 */
public record Tailoring(LifeEvent lifeEvent, List<TailoredMatter> matters) {
    public Tailoring {
        matters = List.copyOf(matters);
    }
}
