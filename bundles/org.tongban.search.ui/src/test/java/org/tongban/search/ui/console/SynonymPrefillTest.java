package org.tongban.search.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Router;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.search.internal.SynonymStore;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.ui.Routes;

/** {@code ?phrase=} opens the synonym dialog for that phrase, which is how a query from the analytics arrives. */
class SynonymPrefillTest extends ConsoleTestSupport {
    @TempDir
    Path folder;

    private SynonymsView open(FakeAccessControl clerk) {
        SynonymStore store =
                new SynonymStore(folder.resolve("synonyms.txt"), clerk, new RecordingAuditLog(), Jinan.JINAN);
        SynonymsView view = new SynonymsView(store, () -> clerk.isPermitted("catalogue:edit", Jinan.JINAN));
        ui.add(view);
        return view;
    }

    private List<SynonymDialog> openDialogs() {
        roundTrip();
        return all(ui, SynonymDialog.class).stream()
                .filter(SynonymDialog::isOpened)
                .toList();
    }

    private static String value(SynonymDialog dialog, String id) {
        return byId(dialog, TextField.class, id).orElseThrow().getValue();
    }

    private static String filter(SynonymsView view) {
        return byId(view, TextField.class, "search-synonyms-filter")
                .orElseThrow()
                .getValue();
    }

    @Test
    void theAddressOpensANewEntryStartingWithThePhrase() {
        SynonymsView view = open(cityEditor());
        // As the browser sends it: the phrase percent-encoded in the query string.
        Location address = new Location("console/search/synonyms?phrase=%E5%8A%9E%E5%81%A5%E5%BA%B7%E8%AF%81");

        view.beforeEnter(new BeforeEnterEvent(
                new Router(Routes.registry()),
                NavigationTrigger.PAGE_LOAD,
                address,
                SynonymsView.class,
                ui,
                List.of()));

        SynonymDialog dialog = openDialogs().getFirst();
        assertThat(value(dialog, "search-synonym-phrases")).isEqualTo("办健康证");
        assertThat(value(dialog, "search-synonym-expansions")).isEmpty();
        assertThat(dialog.getHeaderTitle()).isEqualTo("添加同义词");
        assertThat(filter(view)).isEqualTo("办健康证");
    }

    @Test
    void aPhraseTheDictionaryHasOpensItsEntryForMoreTerms() {
        SynonymsView view = open(cityEditor());

        view.prefill(QueryParameters.of(SynonymsView.PHRASE, "开饭店"));

        SynonymDialog dialog = openDialogs().getFirst();
        assertThat(dialog.getHeaderTitle()).isEqualTo("编辑同义词");
        assertThat(value(dialog, "search-synonym-phrases")).startsWith("开饭店，开餐馆");
        assertThat(value(dialog, "search-synonym-expansions")).isEqualTo("食品经营许可，营业执照");
        assertThat(byId(dialog, Paragraph.class, "search-synonym-hint")
                        .orElseThrow()
                        .getText())
                .isEqualTo("“开饭店”已在这一条目中，可在此补充或修改扩展词。");
    }

    @Test
    void aClerkWhoMayNotEditSeesTheMatchingEntriesWithoutADialog() {
        SynonymsView view = open(districtEditor());

        view.prefill(QueryParameters.of(SynonymsView.PHRASE, "开饭店"));

        assertThat(openDialogs()).isEmpty();
        assertThat(filter(view)).isEqualTo("开饭店");
    }

    @Test
    void noPhraseOrABlankOneOpensNothing() {
        SynonymsView view = open(cityEditor());

        view.prefill(QueryParameters.empty());
        view.prefill(QueryParameters.of(SynonymsView.PHRASE, "  "));

        assertThat(openDialogs()).isEmpty();
        assertThat(filter(view)).isEmpty();
    }
}
