package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import org.tongban.catalogue.Extension;
import org.tongban.catalogue.Limit;

/** Limits with their units in the visitor's language; notes (legal citations) stay as the guide wrote them. */
final class LimitTexts {
    private LimitTexts() {}

    static String key(Limit.Unit unit) {
        return "catalogue.portal.limit." + unit.name();
    }

    /** {@code 60 日}, {@code 20 个工作日}, {@code 3 个月}: without the note, for tags and lists. */
    static String amount(Component owner, Limit limit) {
        return limit == null ? "" : owner.getTranslation(key(limit.unit()), limit.amount());
    }

    /** The amount followed by the note in brackets, for the guide page. */
    static String of(Component owner, Limit limit) {
        String text = amount(owner, limit);
        return limit == null || limit.note() == null || limit.note().isBlank() ? text : text + "（" + limit.note() + "）";
    }

    static String extension(Component owner, Extension extension) {
        if (extension == null) {
            return owner.getTranslation("catalogue.portal.guide.extension.none");
        }
        return owner.getTranslation(
                "catalogue.portal.guide.extension.rule",
                extension.count(),
                of(owner, extension.amount()),
                extension.approver() == null ? "" : Labels.of(owner, extension.approver()));
    }
}
