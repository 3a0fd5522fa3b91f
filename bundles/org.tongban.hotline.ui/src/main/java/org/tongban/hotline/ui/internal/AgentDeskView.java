package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import org.tongban.hotline.Caller;
import org.tongban.hotline.Category;
import org.tongban.hotline.CategorySuggestion;
import org.tongban.hotline.CategorySuggestions;
import org.tongban.hotline.Channel;
import org.tongban.hotline.DispatchCatalogue;
import org.tongban.hotline.HotlinePermissions;
import org.tongban.hotline.HotlineQueries;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.KnowledgeBase;
import org.tongban.hotline.NewTicket;
import org.tongban.hotline.Place;
import org.tongban.hotline.SimilarTicket;
import org.tongban.hotline.Ticket;
import org.tongban.hotline.TicketType;
import org.tongban.hotline.Unit;
import org.tongban.hotline.Urgency;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.Jurisdictions;
import org.tongban.platform.ui.Feedback;
import org.tongban.platform.ui.JurisdictionChoices;
import org.tongban.platform.ui.JurisdictionField;

/**
 * 来电受理: the agent's form while the caller is on the line. As the description is typed, open tickets like it and the
 * suggested category and unit (with the vote's confidence) and the five best knowledge-base articles appear beside it;
 * the agent answers at once from an article with one click (直办), dispatches to a lead unit and assisting units, or only
 * takes the ticket.
 */
public final class AgentDeskView extends VerticalLayout {
    final TextField callerName = new TextField();
    final TextField callerPhone = new TextField();
    final Checkbox confidential = new Checkbox();
    final Select<TicketType> type = new Select<>();
    final Select<Urgency> urgency = new Select<>();
    final TextField address = new TextField();
    final NumberField latitude = new NumberField();
    final NumberField longitude = new NumberField();
    final JurisdictionField place;
    final TextArea description = new TextArea();
    final Select<String> category = new Select<>();
    final Select<String> lead = new Select<>();
    final MultiSelectComboBox<String> assisting = new MultiSelectComboBox<>();
    final TextField article = new TextField();
    final TextArea answer = new TextArea();
    final Div similar = new Div();
    final Paragraph suggestion = new Paragraph();
    final ArticleSuggestions articles;
    final Div result = new Div();

    private final HotlineService service;
    private final HotlineQueries queries;
    private final DispatchCatalogue catalogue;
    private final AccessControl access;
    private final List<Category> categories;
    private final List<Unit> units;
    private final CategorySuggestions suggestions;

    public AgentDeskView(
            HotlineService service,
            HotlineQueries queries,
            DispatchCatalogue catalogue,
            CategorySuggestions suggestions,
            KnowledgeBase knowledge,
            AccessControl access,
            Jurisdictions jurisdictions) {
        this.service = service;
        this.queries = queries;
        this.catalogue = catalogue;
        this.suggestions = suggestions;
        this.access = access;
        this.categories = catalogue.categories();
        this.units = catalogue.units();
        this.articles = new ArticleSuggestions(knowledge, this::answerFrom);
        String home = access.currentUser().map(CurrentUser::jurisdictionCode).orElse(null);
        place = new JurisdictionField(
                getTranslation("hotline.ui.desk.place"),
                JurisdictionChoices.below(jurisdictions, home, j -> true, 3, 3000));
        place.setId("hotline-desk-place");
        place.addValueChangeListener(e -> refreshSuggestions());
        callerName.setLabel(getTranslation("hotline.ui.desk.callerName"));
        callerName.setMaxLength(100);
        callerPhone.setLabel(getTranslation("hotline.ui.desk.callerPhone"));
        callerPhone.setMaxLength(30);
        callerPhone.setPattern("[0-9+\\- ]*");
        callerPhone.setHelperText(getTranslation("hotline.ui.desk.phoneHelp"));
        confidential.setLabel(getTranslation("hotline.ui.desk.confidential"));
        type.setLabel(getTranslation("hotline.ui.desk.type"));
        type.setItems(TicketType.values());
        type.setItemLabelGenerator(t -> Labels.type(this, t));
        type.setValue(TicketType.CONSULTATION);
        type.addValueChangeListener(e -> {
            // 举报 always keeps the caller from the units.
            boolean report = e.getValue() == TicketType.REPORT;
            confidential.setValue(report || confidential.getValue());
            confidential.setReadOnly(report);
        });
        urgency.setLabel(getTranslation("hotline.ui.desk.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> Labels.urgency(this, u));
        urgency.setValue(Urgency.NORMAL);
        address.setLabel(getTranslation("hotline.ui.desk.address"));
        address.setMaxLength(300);
        address.setRequired(true);
        latitude.setLabel(getTranslation("hotline.ui.desk.latitude"));
        latitude.setMin(-90);
        latitude.setMax(90);
        longitude.setLabel(getTranslation("hotline.ui.desk.longitude"));
        longitude.setMin(-180);
        longitude.setMax(180);
        description.setLabel(getTranslation("hotline.ui.desk.description"));
        description.setMaxLength(HotlineService.DESCRIPTION_LIMIT);
        description.setRequired(true);
        description.setWidthFull();
        description.setMinHeight("8rem");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.setValueChangeTimeout(400);
        description.setId("hotline-desk-description");
        description.addValueChangeListener(e -> {
            count();
            refreshSuggestions();
        });
        count();
        category.setLabel(getTranslation("hotline.ui.desk.category"));
        category.setItems(categories.stream().map(Category::code).toList());
        category.setItemLabelGenerator(this::categoryName);
        category.setEmptySelectionAllowed(true);
        category.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                suggestUnit(e.getValue());
            }
            // Articles linked to the ticket's category rank above an equal text match.
            showArticles();
        });
        lead.setLabel(getTranslation("hotline.ui.desk.lead"));
        lead.setItems(units.stream().map(Unit::code).toList());
        lead.setItemLabelGenerator(this::unitName);
        lead.setEmptySelectionAllowed(true);
        assisting.setLabel(getTranslation("hotline.ui.desk.assisting"));
        assisting.setItems(units.stream().map(Unit::code).toList());
        assisting.setItemLabelGenerator(this::unitName);
        article.setLabel(getTranslation("hotline.ui.desk.article"));
        article.setMaxLength(100);
        answer.setLabel(getTranslation("hotline.ui.desk.answer"));
        answer.setMaxLength(HotlineService.DESCRIPTION_LIMIT);
        answer.setWidthFull();

        FormLayout caller = form(callerName, callerPhone, confidential, type, urgency);
        FormLayout where = form(address, place, latitude, longitude);
        suggestion.setId("hotline-desk-suggestion");
        suggestion.getElement().setAttribute("aria-live", "polite");
        similar.setId("hotline-desk-similar");
        similar.getElement().setAttribute("aria-live", "polite");
        similar.getElement().setAttribute("role", "region");
        similar.getElement().setAttribute("aria-label", getTranslation("hotline.ui.desk.similar"));
        Div assist = new Div(new H3(getTranslation("hotline.ui.desk.assist")), suggestion, similar, articles);
        assist.addClassName("tb-hotline-assist");

        Button dispatch = new Button(getTranslation("hotline.ui.desk.dispatch"), click -> submit(Outcome.DISPATCH));
        dispatch.setId("hotline-desk-dispatch");
        dispatch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dispatch.setVisible(home != null && access.isPermitted(HotlinePermissions.DISPATCH, home));
        Button direct = new Button(getTranslation("hotline.ui.desk.direct"), click -> submit(Outcome.ANSWER));
        direct.setId("hotline-desk-direct");
        Button only = new Button(getTranslation("hotline.ui.desk.receiveOnly"), click -> submit(Outcome.RECEIVE));
        only.setId("hotline-desk-receive");
        FlexLayout buttons = new FlexLayout(dispatch, direct, only);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");

        result.setId("hotline-desk-result");
        result.getElement().setAttribute("role", "status");
        add(
                new H2(getTranslation("hotline.ui.desk.menu")),
                caller,
                where,
                description,
                assist,
                form(category, lead, assisting),
                form(article, answer),
                buttons,
                result);
        addClassName(TicketPath.PAGE_CLASS);
        setMaxWidth("72rem");
        place.selectOrFirst(home);
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        // One column on a phone (390 px), more where there is room.
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        return form;
    }

    private void count() {
        description.setHelperText(getTranslation(
                "hotline.ui.desk.count",
                String.valueOf(description.getValue().length()),
                String.valueOf(HotlineService.DESCRIPTION_LIMIT)));
    }

    private String categoryName(String code) {
        return categories.stream()
                .filter(c -> c.code().equals(code))
                .map(Category::name)
                .findFirst()
                .orElse(code == null ? "" : code);
    }

    private String unitName(String code) {
        return units.stream()
                .filter(u -> u.code().equals(code))
                .map(Unit::name)
                .findFirst()
                .orElse(code == null ? "" : code);
    }

    private NewTicket draft() {
        return new NewTicket(
                Channel.AGENT_CALL,
                type.getValue(),
                urgency.getValue(),
                new Place(address.getValue().trim(), latitude.getValue(), longitude.getValue(), place.selectedCode()),
                new Caller(
                        blankToNull(callerName.getValue()),
                        blankToNull(callerPhone.getValue()),
                        confidential.getValue()),
                description.getValue(),
                category.getValue());
    }

    /** Similar open tickets and the suggested category and unit for what has been typed so far. */
    private void showArticles() {
        String text = description.getValue().trim();
        if (text.length() >= 4 && place.selectedCode() != null) {
            articles.show(text, place.selectedCode(), category.getValue());
        }
    }

    void refreshSuggestions() {
        similar.removeAll();
        String text = description.getValue().trim();
        if (text.length() < 4 || place.selectedCode() == null) {
            suggestion.setText(getTranslation("hotline.ui.desk.keepTyping"));
            articles.clear();
            return;
        }
        showArticles();
        try {
            List<SimilarTicket> found = queries.similarTo(new NewTicket(
                    Channel.AGENT_CALL,
                    type.getValue(),
                    urgency.getValue(),
                    new Place(
                            address.getValue().isBlank()
                                    ? "-"
                                    : address.getValue().trim(),
                            latitude.getValue(),
                            longitude.getValue(),
                            place.selectedCode()),
                    new Caller(null, null, false),
                    text,
                    null));
            if (found.isEmpty()) {
                similar.add(new Paragraph(getTranslation("hotline.ui.desk.noSimilar")));
            }
            for (SimilarTicket s : found.stream().limit(5).toList()) {
                Paragraph line = new Paragraph();
                line.add(TicketList.link(s.number()));
                line.add(" "
                        + getTranslation(
                                "hotline.ui.desk.similarLine",
                                Math.round(s.score() * 100),
                                Labels.state(this, s.state()),
                                Labels.time(s.receivedAt()),
                                abbreviate(s.description())));
                similar.add(line);
            }
        } catch (RuntimeException e) {
            // an incomplete place or text: no suggestions yet, the submit says what is wrong
        }
        Optional<CategorySuggestion> best = suggestion(text);
        if (best.isEmpty()) {
            suggestion.setText(getTranslation("hotline.ui.desk.noSuggestion"));
            return;
        }
        String code = best.get().categoryCode();
        Optional<Unit> unit = Optional.ofNullable(best.get().unit());
        suggestion.setText(getTranslation(
                "hotline.ui.desk.suggested",
                best.get().categoryName(),
                unit.map(Unit::name).orElse(getTranslation("hotline.ui.desk.noUnit")),
                Math.round(best.get().confidence() * 100)));
        if (category.isEmpty() || !category.getValue().equals(code)) {
            category.setValue(code);
            unit.ifPresent(u -> lead.setValue(u.code()));
        }
    }

    /** The classifier's best category for the text at the chosen place, learned from the city's closed tickets. */
    private Optional<CategorySuggestion> suggestion(String text) {
        if (text == null || text.isBlank() || place.selectedCode() == null) {
            return Optional.empty();
        }
        try {
            return suggestions.suggest(text, place.selectedCode(), 1).stream().findFirst();
        } catch (RuntimeException e) {
            // without the right to take tickets at this place the desk suggests nothing; the submit says why
            return Optional.empty();
        }
    }

    /** One click on a suggested article: answer directly (直办) citing it, with its text unless one is written. */
    void answerFrom(String articleId, String body) {
        article.setValue(articleId);
        if (answer.getValue().isBlank()) {
            answer.setValue(
                    body.length() > HotlineService.DESCRIPTION_LIMIT
                            ? body.substring(0, HotlineService.DESCRIPTION_LIMIT)
                            : body);
        }
        submit(Outcome.ANSWER);
    }

    private void suggestUnit(String code) {
        if (code != null && place.selectedCode() != null) {
            catalogue.suggest(code, place.selectedCode()).ifPresent(u -> lead.setValue(u.code()));
        }
    }

    enum Outcome {
        RECEIVE,
        ANSWER,
        DISPATCH
    }

    /** Takes the ticket, then answers or dispatches it; shows the number, or why nothing was taken. */
    void submit(Outcome outcome) {
        result.removeAll();
        if (outcome == Outcome.ANSWER
                && (article.getValue().isBlank() || answer.getValue().isBlank())) {
            Feedback.error(getTranslation("hotline.ui.desk.answerMissing"));
            return;
        }
        if (outcome == Outcome.DISPATCH && (category.isEmpty() || lead.isEmpty())) {
            Feedback.error(getTranslation("hotline.ui.desk.dispatchMissing"));
            return;
        }
        Ticket t;
        try {
            t = service.receive(draft());
        } catch (RuntimeException e) {
            HotlineFeedback.FEEDBACK.failure(this, e);
            return;
        }
        try {
            if (outcome == Outcome.ANSWER) {
                t = service.answerDirectly(
                        t.number(),
                        t.version(),
                        article.getValue().trim(),
                        answer.getValue().trim());
            } else if (outcome == Outcome.DISPATCH) {
                t = service.dispatch(
                        t.number(),
                        t.version(),
                        category.getValue(),
                        lead.getValue(),
                        assisting.getValue().stream()
                                .filter(u -> !u.equals(lead.getValue()))
                                .sorted()
                                .toList());
            }
        } catch (RuntimeException e) {
            // Taken but not answered or dispatched: the number is kept and the office finishes it from the list.
            result.add(
                    new Paragraph(getTranslation("hotline.ui.desk.takenOnly", t.number())),
                    TicketList.link(t.number()));
            HotlineFeedback.FEEDBACK.failure(this, e);
            return;
        }
        result.add(
                new Paragraph(getTranslation("hotline.ui.desk.taken", t.number(), Labels.state(this, t.state()))),
                TicketList.link(t.number()));
        Feedback.success(getTranslation("hotline.ui.desk.taken", t.number(), Labels.state(this, t.state())));
        clearCall();
    }

    private void clearCall() {
        callerName.clear();
        callerPhone.clear();
        confidential.setReadOnly(false);
        confidential.clear();
        type.setValue(TicketType.CONSULTATION);
        urgency.setValue(Urgency.NORMAL);
        address.clear();
        latitude.clear();
        longitude.clear();
        description.clear();
        category.clear();
        lead.clear();
        assisting.clear();
        article.clear();
        answer.clear();
        similar.removeAll();
        articles.clear();
        // Ready for the next call: the emptied required fields are not mistakes yet.
        address.setInvalid(false);
        description.setInvalid(false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
