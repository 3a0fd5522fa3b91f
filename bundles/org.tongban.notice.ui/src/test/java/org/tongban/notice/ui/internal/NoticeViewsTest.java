package org.tongban.notice.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tongban.testing.TestJurisdictions.JIEFANGLU;
import static org.tongban.testing.TestJurisdictions.JINAN;
import static org.tongban.testing.TestJurisdictions.LIXIA;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.notice.Notice;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.TestJurisdictions;

/** The views built in a bare UI, without a servlet: what they show and what they hand to the service. */
class NoticeViewsTest {
    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final InMemoryNotices notices = new InMemoryNotices(jurisdictions);
    // Held here because UI.setCurrent keeps only a weak reference.
    private final UI ui = new UI();

    @BeforeEach
    void bareUi() {
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void portalShowsTheRootsNoticesWithMarkupAsPlainText() {
        notices.publish(JINAN.code(), "<b>春节</b>开放时间", "第一行\n<script>alert(1)</script>");
        notices.publish(LIXIA.code(), "历下区大厅搬迁", "新地址");

        NoticeListView view = new NoticeListView(notices, jurisdictions, JINAN.code());

        List<H3> titles = find(view, H3.class);
        assertThat(titles).extracting(H3::getText).containsExactly("<b>春节</b>开放时间");
        assertOnlyText(titles.getFirst());
        List<Paragraph> bodies = find(view, Paragraph.class);
        assertThat(bodies).extracting(Paragraph::getText).containsExactly("第一行\n<script>alert(1)</script>");
        assertOnlyText(bodies.getFirst());
    }

    @Test
    void portalShowsADistrictWithTheCityAboveItNewestFirst() {
        notices.publish(JINAN.code(), "全市通知", "正文");
        notices.publish(LIXIA.code(), "历下区通知", "正文");
        NoticeListView view = new NoticeListView(notices, jurisdictions, JINAN.code());

        jurisdictionSelect(view).setValue(LIXIA);

        assertThat(find(view, H3.class)).extracting(H3::getText).containsExactly("历下区通知", "全市通知");
    }

    @Test
    void consoleOffersTheClerksSubtreeAndPublishesThere() {
        NoticeAdminView view = new NoticeAdminView(
                notices, jurisdictions, FakeAccessControl.clerkOf(jurisdictions, LIXIA.code()), JINAN.code());
        ComboBox<Jurisdiction> select = jurisdictionSelect(view);
        assertThat(select.getValue()).isEqualTo(LIXIA);
        assertThat(select.getListDataView().getItems()).containsExactly(LIXIA, JIEFANGLU, TestJurisdictions.COMMUNITY);

        find(view, TextField.class).getFirst().setValue("历下区大厅搬迁");
        find(view, TextArea.class).getFirst().setValue("新地址：经十路");
        publishButton(view).click();

        assertThat(notices.published(LIXIA.code()))
                .extracting(Notice::title, Notice::body)
                .containsExactly(tuple("历下区大厅搬迁", "新地址：经十路"));
        assertThat(find(view, TextField.class).getFirst().getValue()).isEmpty();
        assertThat(find(view, NoticeTable.class).getFirst().getListDataView().getItems())
                .extracting(Notice::title)
                .containsExactly("历下区大厅搬迁");
    }

    @Test
    void consoleKeepsTheInputWhenTheServiceRefusesIt() {
        NoticeAdminView view = new NoticeAdminView(
                notices, jurisdictions, FakeAccessControl.clerkOf(jurisdictions, LIXIA.code()), JINAN.code());
        find(view, TextArea.class).getFirst().setValue("只有正文");

        publishButton(view).click();

        assertThat(notices.published(LIXIA.code())).isEmpty();
        assertThat(find(view, TextArea.class).getFirst().getValue()).isEqualTo("只有正文");
    }

    @Test
    void consoleCountsCharactersAgainstTheLimit() {
        NoticeAdminView view = new NoticeAdminView(
                notices, jurisdictions, FakeAccessControl.clerkOf(jurisdictions, LIXIA.code()), JINAN.code());
        TextField title = find(view, TextField.class).getFirst();

        title.setValue("春节通知");

        assertThat(title.getMaxLength()).isEqualTo(100);
        assertThat(title.getHelperText()).contains("notice.counter");
        assertThat(find(view, TextArea.class).getFirst().getMaxLength()).isEqualTo(5000);
    }

    // Text nodes reach the browser as text; markup set as innerHTML would leave no child at all.
    private static void assertOnlyText(Component component) {
        assertThat(component.getElement().getChildren()).isNotEmpty().allMatch(Element::isTextNode);
        assertThat(component.getElement().hasProperty("innerHTML")).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Jurisdiction> jurisdictionSelect(Component view) {
        return find(view, ComboBox.class).getFirst();
    }

    private static Button publishButton(Component view) {
        return find(view, Button.class).stream()
                .filter(b -> b.getText().contains("notice.publish"))
                .findFirst()
                .orElseThrow();
    }

    // Walks the element tree, which also reaches components placed in slots (a card's title).
    private static <T extends Component> List<T> find(Component root, Class<T> type) {
        return descendants(root.getElement())
                .flatMap(element -> element.getComponent().stream())
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(NoticeViewsTest::descendants));
    }
}
