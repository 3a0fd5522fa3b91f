package org.tongban.intake.portal.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongban.intake.CaseFile;
import org.tongban.intake.MaterialState;

/**
 * Step 3, the materials: a {@link MaterialRow} per material that applies, then the consent to use the applicant's
 * certificates for 免提交 and the signature of the 容缺 / 告知承诺 pledge, each asked only when a material needs it.
 */
final class MaterialRows extends VerticalLayout {
    private final Component page;
    private final List<MaterialRow> rows = new ArrayList<>();
    final Checkbox consent = new Checkbox();
    final Checkbox pledge = new Checkbox();

    MaterialRows(Component page) {
        this.page = page;
        setPadding(false);
        consent.setId("apply-consent");
        consent.setLabel(page.getTranslation("intake.portal.apply.consent"));
        pledge.setId("apply-pledge");
        pledge.setLabel(page.getTranslation("intake.portal.apply.pledge"));
        consent.addValueChangeListener(e -> consent.setInvalid(false));
        pledge.addValueChangeListener(e -> pledge.setInvalid(false));
    }

    /** Shows these materials with the ways and files of a draft (or the page so far). */
    void show(
            List<MaterialChoice> choices,
            Map<String, MaterialState> ways,
            List<CaseFile> files,
            int maxBytes,
            MaterialRow.Actions actions) {
        removeAll();
        rows.clear();
        for (MaterialChoice choice : choices) {
            MaterialRow row = new MaterialRow(page, rows.size(), choice, maxBytes, actions);
            MaterialState given = ways.get(choice.name());
            if (given != null && choice.ways().contains(given)) {
                row.way.setValue(given);
            }
            row.files(files);
            row.way.addValueChangeListener(e -> askConsents());
            rows.add(row);
            add(row);
        }
        add(consent, pledge);
        askConsents();
    }

    private void askConsents() {
        consent.setVisible(chosen(Set.of(MaterialState.REUSED)));
        pledge.setVisible(chosen(Set.of(MaterialState.TOLERATED, MaterialState.PLEDGED)));
    }

    private boolean chosen(Set<MaterialState> states) {
        return rows.stream().anyMatch(r -> r.way.getValue() != null && states.contains(r.way.getValue()));
    }

    List<MaterialRow> rows() {
        return List.copyOf(rows);
    }

    /** The way chosen per material, leaving out those not chosen yet. */
    Map<String, MaterialState> ways() {
        Map<String, MaterialState> ways = new LinkedHashMap<>();
        rows.forEach(r -> {
            if (r.way.getValue() != null) {
                ways.put(r.name(), r.way.getValue());
            }
        });
        return ways;
    }

    /** Whether every row is complete and the consents it needs are given; marks and focuses the first gap. */
    boolean complete() {
        boolean complete = true;
        for (MaterialRow row : rows) {
            complete &= row.complete();
        }
        if (consent.isVisible() && !consent.getValue()) {
            consent.setErrorMessage(page.getTranslation("intake.portal.apply.consentRequired"));
            consent.setInvalid(true);
            complete = false;
        }
        if (pledge.isVisible() && !pledge.getValue()) {
            pledge.setErrorMessage(page.getTranslation("intake.portal.apply.pledgeRequired"));
            pledge.setInvalid(true);
            complete = false;
        }
        if (!complete) {
            rows.stream()
                    .filter(r -> r.way.isInvalid())
                    .findFirst()
                    .ifPresentOrElse(
                            r -> r.way.getElement().callJsFunction("focus"),
                            () -> (consent.isInvalid() ? consent : pledge).focus());
        }
        return complete;
    }

    /** A refusal of the service that names a material goes next to that material; whether one did. */
    boolean mark(String message) {
        for (MaterialRow row : rows) {
            if (message.contains("「" + row.name() + "」")) {
                row.invalid(message);
                row.way.getElement().callJsFunction("focus");
                return true;
            }
        }
        return false;
    }
}
