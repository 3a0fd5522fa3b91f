package org.tongban.catalogue.ui.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.stream.Collectors;
import org.tongban.catalogue.ContactChannel;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.IntermediaryService;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterAuthority;
import org.tongban.catalogue.MatterCatalogue;

/**
 * The parts of a guide page from the 实施清单: who holds the power and who handles the case, the national codes, the
 * intermediary services an applicant must arrange, and the consultation and complaint channels.
 */
final class AuthoritySections {
    private final Component owner;
    private final MatterCatalogue catalogue;

    AuthoritySections(Component owner, MatterCatalogue catalogue) {
        this.owner = owner;
        this.catalogue = catalogue;
    }

    /** 实施主体 with its credit code, 承办机构, 权力来源, 联办机构 and the national codes. */
    Component authority(Matter matter) {
        MatterAuthority a = matter.authority();
        Department handling = catalogue.department(matter.departmentCode()).orElse(null);
        String handlingName = handling == null ? matter.departmentCode() : handling.name();
        DescriptionList list = list();
        String body = a.byHandlingDepartment() ? handlingName : a.bodyName();
        String credit =
                a.byHandlingDepartment() ? (handling == null ? null : handling.creditCode()) : a.bodyCreditCode();
        term(list, "catalogue.portal.guide.body", body);
        term(list, "catalogue.portal.guide.creditCode", orNone(credit));
        term(list, "catalogue.portal.guide.handling", handlingName);
        String source = a.powerSource() == null ? none() : Labels.of(owner, a.powerSource());
        if (a.grantingBody() != null && !a.grantingBody().isBlank()) {
            source += "（" + a.grantingBody() + "）";
        }
        term(list, "catalogue.portal.guide.powerSource", source);
        if (!a.jointDepartments().isEmpty()) {
            term(
                    list,
                    "catalogue.portal.guide.joint",
                    a.jointDepartments().stream()
                            .map(code -> catalogue
                                    .department(code)
                                    .map(Department::name)
                                    .orElse(code))
                            .collect(Collectors.joining(owner.getTranslation("catalogue.portal.separator"))));
        }
        if (matter.nationalCodes().baseCode() != null) {
            term(
                    list,
                    "catalogue.portal.guide.nationalBaseCode",
                    matter.nationalCodes().baseCode());
        }
        if (matter.nationalCodes().implementationCode() != null) {
            term(
                    list,
                    "catalogue.portal.guide.nationalCode",
                    matter.nationalCodes().implementationCode());
        }
        return Blocks.section(owner.getTranslation("catalogue.portal.guide.authority"), list);
    }

    /** Each intermediary service, statutory or not, with its legal basis. */
    Component intermediaries(Matter matter) {
        if (matter.intermediaries().isEmpty()) {
            return Blocks.section(
                    owner.getTranslation("catalogue.portal.guide.intermediaries"),
                    new Paragraph(owner.getTranslation("catalogue.portal.guide.intermediaries.none")));
        }
        UnorderedList list = new UnorderedList();
        list.setId("tb-cat-intermediaries");
        for (IntermediaryService s : matter.intermediaries()) {
            Span name = new Span(s.name());
            name.getStyle().set("font-weight", "600");
            String basis = s.legalBasis() == null || s.legalBasis().isBlank() ? "" : s.legalBasis();
            Span kind = new Span(" · "
                    + (s.statutory()
                            ? owner.getTranslation("catalogue.portal.guide.intermediary.statutory", basis)
                            : owner.getTranslation("catalogue.portal.guide.intermediary.optional")));
            ListItem item = new ListItem(name, kind);
            if (!s.statutory() && !basis.isEmpty()) {
                item.add(new Span(" · " + basis));
            }
            list.add(item);
        }
        return Blocks.section(owner.getTranslation("catalogue.portal.guide.intermediaries"), list);
    }

    /** The consultation phone (tap to call) and other ways, in the list of where and when. */
    void consultation(DescriptionList list, ContactChannel consultation) {
        phone(list, "catalogue.portal.guide.phone", consultation.phone());
        if (consultation.other() != null && !consultation.other().isBlank()) {
            term(list, "catalogue.portal.guide.consultationOther", consultation.other());
        }
    }

    /** The complaint phone and the other ways of complaining. */
    Component complaint(ContactChannel complaint) {
        DescriptionList list = list();
        if (complaint.phone() != null && !complaint.phone().isBlank()) {
            phone(list, "catalogue.portal.guide.complaintPhone", complaint.phone());
        }
        if (complaint.other() != null && !complaint.other().isBlank()) {
            term(list, "catalogue.portal.guide.complaintOther", complaint.other());
        }
        if (complaint.isEmpty()) {
            return Blocks.section(owner.getTranslation("catalogue.portal.guide.complaint"), Blocks.text(null, none()));
        }
        return Blocks.section(owner.getTranslation("catalogue.portal.guide.complaint"), list);
    }

    private void phone(DescriptionList list, String labelKey, String value) {
        DescriptionList.Term term = new DescriptionList.Term(owner.getTranslation(labelKey));
        term.getStyle().set("font-weight", "600");
        String phone = orNone(value);
        // Only a plain number becomes a tap-to-call link; anything else stays text.
        Component number = phone.matches("[0-9+()\\- ]{3,30}")
                ? new Anchor("tel:" + phone.replaceAll("[^0-9+]", ""), phone)
                : new Span(phone);
        list.add(new Div(term, new DescriptionList.Description(number)));
    }

    private static DescriptionList list() {
        DescriptionList list = new DescriptionList();
        list.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(14rem, 1fr))")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-l)")
                .set("width", "100%");
        return list;
    }

    private void term(DescriptionList list, String labelKey, String value) {
        DescriptionList.Term term = new DescriptionList.Term(owner.getTranslation(labelKey));
        term.getStyle().set("font-weight", "600");
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.getStyle().set("margin", "0").set("overflow-wrap", "anywhere");
        list.add(new Div(term, description));
    }

    private String orNone(String text) {
        return text == null || text.isBlank() ? none() : text;
    }

    private String none() {
        return owner.getTranslation("catalogue.portal.none");
    }
}
