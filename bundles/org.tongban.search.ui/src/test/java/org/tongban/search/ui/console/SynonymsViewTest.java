package org.tongban.search.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.search.SynonymEntry;
import org.tongban.search.internal.SynonymStore;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.RecordingAuditLog;

/**
 * The synonym page over the search bundle's real dictionary store (a file in a temporary folder, seeded with the
 * bundle's defaults), which checks the permission, validates entries and writes the audit log itself.
 */
class SynonymsViewTest extends ConsoleTestSupport {
    private static final SynonymEntry DIVORCE = new SynonymEntry(List.of("离婚"), List.of("离婚登记"));

    @TempDir
    Path folder;

    private final RecordingAuditLog audit = new RecordingAuditLog();
    private FakeAccessControl clerk = cityEditor();
    private SynonymStore store;

    private SynonymsView open() {
        store = new SynonymStore(folder.resolve("synonyms.txt"), clerk, audit, Jinan.JINAN);
        SynonymsView view = new SynonymsView(store, () -> clerk.isPermitted("catalogue:edit", Jinan.JINAN));
        ui.add(view);
        return view;
    }

    /** The dialog open now; dialogs attach to the UI at the end of the round trip. */
    private SynonymDialog dialog() {
        roundTrip();
        return all(ui, SynonymDialog.class).stream()
                .filter(SynonymDialog::isOpened)
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private static TextField field(SynonymDialog dialog, String id) {
        return byId(dialog, TextField.class, id).orElseThrow();
    }

    private static void save(SynonymDialog dialog) {
        footerButton(dialog, "search-synonym-save").click();
    }

    private static String problem(SynonymDialog dialog) {
        Paragraph problem =
                byId(dialog, Paragraph.class, "search-synonym-problem").orElseThrow();
        return problem.isVisible() ? problem.getText() : "";
    }

    @SuppressWarnings("unchecked")
    private static List<SynonymEntry> rows(SynonymsView view) {
        Grid<SynonymEntry> grid = byId(view, Grid.class, "search-synonyms-grid").orElseThrow();
        return grid.getListDataView().getItems().toList();
    }

    private static String count(SynonymsView view) {
        return byId(view, Span.class, "search-synonyms-count").orElseThrow().getText();
    }

    @Test
    void theDictionaryIsListedWithTheNoteThatChangesApplyAtOnce() {
        SynonymsView view = open();
        int all = SynonymStore.defaults().size();

        assertThat(rows(view)).hasSize(all).contains(DIVORCE);
        assertThat(count(view)).isEqualTo("共 " + all + " 条，显示 " + all + " 条");
        assertThat(byId(view, Paragraph.class, "search-synonyms-note")
                        .orElseThrow()
                        .getText())
                .contains("保存后立即用于下一次搜索，无需重建索引");
    }

    @Test
    void theFilterKeepsEntriesWhosePhrasesOrTermsContainTheText() {
        SynonymsView view = open();

        byId(view, TextField.class, "search-synonyms-filter").orElseThrow().setValue("离婚");

        assertThat(rows(view)).containsExactly(DIVORCE);
        assertThat(count(view)).endsWith("显示 1 条");
        byId(view, TextField.class, "search-synonyms-filter").orElseThrow().setValue("营业执照");
        assertThat(rows(view))
                .isNotEmpty()
                .allMatch(e -> e.expansions().contains("营业执照") || e.phrases().contains("营业执照"));
    }

    @Test
    void anAddedEntryIsStoredAtOnceAndAudited() throws Exception {
        SynonymsView view = open();

        byId(view, Button.class, "search-synonyms-add").orElseThrow().click();
        SynonymDialog dialog = dialog();
        field(dialog, "search-synonym-phrases").setValue("办健康证、健康证怎么办，");
        field(dialog, "search-synonym-expansions").setValue("从业人员健康证明");
        save(dialog);

        SynonymEntry added = new SynonymEntry(List.of("办健康证", "健康证怎么办"), List.of("从业人员健康证明"));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(store.entries()).endsWith(added);
        assertThat(rows(view)).endsWith(added);
        assertThat(audit.actions()).containsExactly("search.synonym.put 办健康证,健康证怎么办");
        assertThat(Files.readString(folder.resolve("synonyms.txt"))).contains("办健康证,健康证怎么办 => 从业人员健康证明");
    }

    @Test
    void editingTheTermsReplacesTheEntryInItsPlace() {
        SynonymsView view = open();
        int at = store.entries().indexOf(DIVORCE);

        view.openEdit(DIVORCE, null);
        SynonymDialog dialog = dialog();
        assertThat(field(dialog, "search-synonym-phrases").getValue()).isEqualTo("离婚");
        assertThat(field(dialog, "search-synonym-expansions").getValue()).isEqualTo("离婚登记");
        field(dialog, "search-synonym-expansions").setValue("离婚登记，协议离婚");
        save(dialog);

        assertThat(store.entries().get(at)).isEqualTo(new SynonymEntry(List.of("离婚"), List.of("离婚登记", "协议离婚")));
        assertThat(store.entries()).hasSize(SynonymStore.defaults().size());
    }

    @Test
    void editingThePhrasesReplacesTheOldEntry() {
        SynonymsView view = open();

        view.openEdit(DIVORCE, null);
        SynonymDialog dialog = dialog();
        field(dialog, "search-synonym-phrases").setValue("离婚，办离婚");
        save(dialog);

        assertThat(store.entries())
                .doesNotContain(DIVORCE)
                .contains(new SynonymEntry(List.of("离婚", "办离婚"), List.of("离婚登记")))
                .hasSize(SynonymStore.defaults().size());
        assertThat(audit.actions()).containsExactly("search.synonym.put 离婚,办离婚", "search.synonym.remove 离婚");
    }

    @Test
    void removingAsksFirstAndThenRemoves() {
        SynonymsView view = open();

        view.confirmRemove(DIVORCE);
        roundTrip();
        ConfirmDialog confirm = all(ui, ConfirmDialog.class).getFirst();
        assertThat(store.entries()).contains(DIVORCE);

        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(store.entries()).doesNotContain(DIVORCE);
        assertThat(rows(view)).doesNotContain(DIVORCE);
        assertThat(audit.actions()).containsExactly("search.synonym.remove 离婚");
    }

    @Test
    void aMalformedEntryIsExplainedInChineseAtItsFieldAndNothingIsStored() {
        SynonymsView view = open();
        view.openAdd(null);
        SynonymDialog dialog = dialog();
        TextField phrases = field(dialog, "search-synonym-phrases");
        TextField expansions = field(dialog, "search-synonym-expansions");

        phrases.setValue("开=饭店");
        expansions.setValue("食品经营许可");
        save(dialog);
        assertThat(phrases.isInvalid()).isTrue();
        assertThat(phrases.getErrorMessage()).isEqualTo("同义词“开=饭店”含有不允许的字符");

        phrases.setValue("开饭店");
        expansions.setValue("食".repeat(51));
        save(dialog);
        assertThat(phrases.isInvalid()).isFalse();
        assertThat(expansions.isInvalid()).isTrue();
        assertThat(expansions.getErrorMessage()).startsWith("扩展词").endsWith("超过50个字");

        expansions.clear();
        save(dialog);
        assertThat(expansions.getErrorMessage()).isEqualTo("只有一个同义词时，请填写扩展词；不填扩展词时，至少填写两个互为同义的词。");

        assertThat(dialog.isOpened()).isTrue();
        assertThat(problem(dialog)).isEmpty();
        assertThat(store.entries()).hasSize(SynonymStore.defaults().size());
        assertThat(audit.actions()).isEmpty();
    }

    @Test
    void anEntryWithTheSamePhrasesAsAnotherIsNotOverwrittenSilently() {
        SynonymsView view = open();
        view.openAdd(null);
        SynonymDialog dialog = dialog();

        field(dialog, "search-synonym-phrases").setValue("离婚");
        field(dialog, "search-synonym-expansions").setValue("婚姻登记");
        save(dialog);

        assertThat(problem(dialog)).isEqualTo("已有同义词完全相同的条目，请直接编辑那一条。");
        assertThat(store.entries()).contains(DIVORCE);
    }

    @Test
    void aDistrictClerkMayLookButNotChange() {
        clerk = districtEditor();
        SynonymsView view = open();

        assertThat(byId(view, Button.class, "search-synonyms-add")).isEmpty();
        assertThat(byId(view, Paragraph.class, "search-synonyms-read-only")).isPresent();
        assertThat(rows(view)).hasSize(SynonymStore.defaults().size());
        assertThat(byId(view, Grid.class, "search-synonyms-grid").orElseThrow().getColumns())
                .hasSize(2);
    }

    @Test
    void aPermissionWithdrawnMeanwhileIsRefusedByTheDictionaryWithItsReason() {
        SynonymsView view = open();
        view.openAdd(null);
        SynonymDialog dialog = dialog();
        clerk.revoke("catalogue:edit");

        field(dialog, "search-synonym-phrases").setValue("办健康证");
        field(dialog, "search-synonym-expansions").setValue("从业人员健康证明");
        save(dialog);

        assertThat(problem(dialog)).isEqualTo("无权执行此操作（catalogue:edit @ 370100）");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(store.entries()).hasSize(SynonymStore.defaults().size());
    }
}
