package org.tongban.search.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.search.ui.fixtures.Views.find;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search field in the portal header. */
class SearchBoxTest {
    private final UI ui = new UI();
    private final List<Location> opened = new ArrayList<>();

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
    void submittingOpensTheResultsPageOfTheTypedText() {
        SearchBox box = new SearchBox(opened::add);
        find(box, TextField.class).getFirst().setValue("  开饭店 ");

        find(box, Button.class).getFirst().click();

        assertThat(opened).singleElement().satisfies(location -> {
            assertThat(location.getPath()).isEqualTo("search");
            assertThat(location.getQueryParameters().getParameters()).containsOnlyKeys("q");
            assertThat(location.getQueryParameters().getParameters().get("q")).containsExactly("开饭店");
        });
    }

    @Test
    void anEmptyFieldOpensTheSearchPageAsThePhonesHeaderShowsOnlyTheButton() {
        SearchBox box = new SearchBox(opened::add);

        find(box, Button.class).getFirst().click();

        assertThat(opened).singleElement().satisfies(location -> {
            assertThat(location.getPath()).isEqualTo("search");
            assertThat(location.getQueryParameters().getParameters()).isEmpty();
        });
    }

    @Test
    void itIsALabelledSearchLandmarkAndEnterSubmits() {
        SearchBox box = new SearchBox(opened::add);
        TextField field = find(box, TextField.class).getFirst();
        Button submit = find(box, Button.class).getFirst();

        assertThat(box.getElement().getAttribute("role")).isEqualTo("search");
        assertThat(box.getElement().getAttribute("aria-label")).contains("search.header.label");
        assertThat(box.getElement().getClassList()).contains("tb-search-box");
        assertThat(field.getAriaLabel()).hasValueSatisfying(l -> assertThat(l).contains("search.header.field"));
        assertThat(field.getMaxLength()).isEqualTo(200);
        assertThat(submit.getAriaLabel()).hasValueSatisfying(l -> assertThat(l).contains("search.header.submit.label"));
        // Enter is a click shortcut of the button on the field; it sends the typed value before the click.
        assertThat(box.enterKey().getKey().getKeys()).isEqualTo(Key.ENTER.getKeys());
        assertThat(box.enterKey().isResetFocusOnActiveElement()).isTrue();
        assertThat(submit.getElement().getClassList()).contains("tb-search-box-submit");
    }
}
