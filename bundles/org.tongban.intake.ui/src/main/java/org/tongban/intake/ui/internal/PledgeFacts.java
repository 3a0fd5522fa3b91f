package org.tongban.intake.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.tongban.intake.CaseView;
import org.tongban.platform.ui.StatusBadge;

/** Where a 告知承诺 case's verification stands: the deadline, and whether it lapsed or what was found. */
final class PledgeFacts {
    private PledgeFacts() {}

    static Div of(Component view, CaseView.PledgeCheck check) {
        StatusBadge badge = check.verifiedAt() != null
                ? new StatusBadge(view.getTranslation("intake.ui.case.pledgeVerified"), StatusBadge.Tone.SUCCESS)
                : check.lapsedAt() != null
                        ? new StatusBadge(view.getTranslation("intake.ui.case.pledgeLapsed"), StatusBadge.Tone.DANGER)
                        : new StatusBadge(view.getTranslation("intake.ui.case.pledgeOpen"), StatusBadge.Tone.INFO);
        Div facts = new Div(badge);
        facts.setId("intake-pledge");
        facts.add(new Paragraph(view.getTranslation("intake.ui.case.pledgeDue", Labels.time(check.due()))));
        if (check.lapsedAt() != null && check.verifiedAt() == null) {
            facts.add(
                    new Paragraph(view.getTranslation("intake.ui.case.pledgeLapsedAt", Labels.time(check.lapsedAt()))));
        }
        if (check.verifiedAt() != null) {
            facts.add(new Paragraph(view.getTranslation(
                    "intake.ui.case.pledgeFinding", Labels.time(check.verifiedAt()), check.finding())));
        }
        return facts;
    }
}
