package org.tongban.hotline.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tongban.hotline.Channel;
import org.tongban.hotline.DemoGateway;
import org.tongban.hotline.HotlineService;
import org.tongban.hotline.InboundRecord;
import org.tongban.hotline.MessageIntake;
import org.tongban.platform.ui.Feedback;

/**
 * 邮件短信: the e-mails and text messages the gateways delivered, newest first, each with the ticket it became. Where
 * the demo gateway runs, a clerk writes a test message here and the gateway delivers it as a provider would.
 */
final class MessagesView extends VerticalLayout {
    static final int SHOWN = 100;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final MessageIntake intake;
    private final DemoGateway demo;
    private final String home;
    final Grid<InboundRecord> grid = new Grid<>();
    final Select<Channel> channel = new Select<>();
    final TextField sender = new TextField();
    final TextField subject = new TextField();
    final TextArea text = new TextArea();
    final Button post = new Button();

    /** {@code demo}: null where no demo gateway runs; {@code home}: the user's jurisdiction. */
    MessagesView(MessageIntake intake, DemoGateway demo, String home) {
        this.intake = intake;
        this.demo = demo;
        this.home = home;
        add(new H2(getTranslation("hotline.ui.messages.menu")));
        add(new Paragraph(getTranslation("hotline.ui.messages.intro")));
        if (demo != null) {
            add(demoForm());
        }
        grid.setId("hotline-messages");
        grid.addColumn(r -> TIME.format(r.takenAt())).setHeader(getTranslation("hotline.ui.messages.taken"));
        grid.addColumn(r -> Labels.channel(this, r.channel())).setHeader(getTranslation("hotline.ui.messages.channel"));
        grid.addColumn(InboundRecord::sender).setHeader(getTranslation("hotline.ui.messages.sender"));
        grid.addColumn(r -> r.subject() == null ? "" : r.subject())
                .setHeader(getTranslation("hotline.ui.messages.subject"));
        grid.addColumn(new ComponentRenderer<>(r -> new Anchor(TicketPath.of(r.ticketNumber()), r.ticketNumber())))
                .setHeader(getTranslation("hotline.ui.messages.ticket"));
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("hotline.ui.messages.recent", SHOWN)), grid);
        addClassName(TicketPath.PAGE_CLASS);
        setMaxWidth("70rem");
        reload();
    }

    private VerticalLayout demoForm() {
        channel.setLabel(getTranslation("hotline.ui.messages.channel"));
        channel.setItems(Channel.SMS, Channel.EMAIL);
        channel.setItemLabelGenerator(c -> Labels.channel(this, c));
        channel.setValue(Channel.SMS);
        channel.setId("hotline-message-channel");
        channel.addValueChangeListener(e -> subject.setVisible(e.getValue() == Channel.EMAIL));
        sender.setLabel(getTranslation("hotline.ui.messages.sender"));
        sender.setHelperText(getTranslation("hotline.ui.messages.senderHelp"));
        sender.setMaxLength(254);
        sender.setId("hotline-message-sender");
        subject.setLabel(getTranslation("hotline.ui.messages.subject"));
        subject.setMaxLength(300);
        subject.setVisible(false);
        subject.setId("hotline-message-subject");
        text.setLabel(getTranslation("hotline.ui.messages.text"));
        text.setMaxLength(HotlineService.DESCRIPTION_LIMIT);
        text.setWidthFull();
        text.setId("hotline-message-text");
        post.setText(getTranslation("hotline.ui.messages.post"));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.setId("hotline-message-post");
        post.addClickListener(e -> post());
        VerticalLayout form = new VerticalLayout(
                new H3(getTranslation("hotline.ui.messages.demo")),
                new Paragraph(getTranslation("hotline.ui.messages.demoHelp")),
                channel,
                sender,
                subject,
                text,
                post);
        form.setPadding(false);
        form.setId("hotline-message-demo");
        return form;
    }

    /** Hands the test message to the demo gateway; the ticket it became is listed and announced. */
    InboundRecord post() {
        try {
            InboundRecord r =
                    demo.post(channel.getValue(), sender.getValue().strip(), subject.getValue(), text.getValue(), home);
            Feedback.success(getTranslation("hotline.ui.messages.posted", r.ticketNumber()));
            text.clear();
            subject.clear();
            reload();
            return r;
        } catch (RuntimeException e) {
            HotlineFeedback.FEEDBACK.failure(this, e);
            return null;
        }
    }

    List<InboundRecord> shown() {
        return home == null ? List.of() : intake.recent(home, SHOWN);
    }

    private void reload() {
        grid.setItems(shown());
    }

    static String time(Instant at) {
        return TIME.format(at);
    }
}
