package org.tongban.search.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.search.SearchDocument;
import org.tongban.search.SearchStatus;

/** The index page: both statuses, and a rebuild that shows its progress, then its result or why it failed. */
class IndexViewTest extends ConsoleTestSupport {
    private final FixedStatusSearch search = new FixedStatusSearch(
            new SearchStatus("lucene", SearchStatus.State.UP, "索引正常", 1234, SearchDocument.FORMAT));
    private final RecordingIndexer indexer = new RecordingIndexer();
    /** The rebuilds handed to the runner, run when the test says so. */
    private final List<Runnable> pending = new ArrayList<>();

    private IndexView open() {
        IndexView view = new IndexView(search, indexer, (owner, work) -> pending.add(work));
        ui.add(view);
        return view;
    }

    private static String value(Component view, String id) {
        return byId(view, DescriptionList.Description.class, id).orElseThrow().getText();
    }

    private static Button reindex(IndexView view) {
        return byId(view, Button.class, "search-index-reindex").orElseThrow();
    }

    private static ProgressBar progress(IndexView view) {
        return byId(view, ProgressBar.class, "search-index-progress").orElseThrow();
    }

    private static String status(IndexView view) {
        return byId(view, Paragraph.class, "search-index-status").orElseThrow().getText();
    }

    /** Clicks the button and confirms the question it asks. */
    private void confirmRebuild(IndexView view) {
        reindex(view).click();
        roundTrip();
        ConfirmDialog confirm = all(ui, ConfirmDialog.class).getLast();
        assertThat(confirm.getId()).contains("search-index-confirm");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
    }

    @Test
    void theBackendAndTheIndexerAreDescribed() {
        IndexView view = open();

        assertThat(value(view, "search-index-backend-name")).isEqualTo("内置索引（Lucene）");
        assertThat(value(view, "search-index-backend-state")).isEqualTo("正常");
        assertThat(value(view, "search-index-backend-documents")).isEqualTo("1234");
        assertThat(value(view, "search-index-backend-format")).isEqualTo(SearchDocument.FORMAT + "（与当前版本一致）");
        assertThat(value(view, "search-index-backend-detail")).isEqualTo("索引正常");
        assertThat(value(view, "search-index-indexer-state")).isEqualTo("空闲");
        assertThat(value(view, "search-index-indexer-last")).isEqualTo("本次启动以来尚未重建");
        assertThat(value(view, "search-index-indexer-error")).isEqualTo("无");
        assertThat(reindex(view).isEnabled()).isTrue();
    }

    @Test
    void aDegradedBackendAndAnIndexingErrorAreShownAsSuch() {
        search.status = new SearchStatus("elasticsearch", SearchStatus.State.DEGRADED, "Elasticsearch 不可达，由内置索引应答", -1);
        indexer.lastError = "索引更新失败：连接被拒绝";

        IndexView view = open();

        assertThat(value(view, "search-index-backend-name")).isEqualTo("Elasticsearch");
        assertThat(value(view, "search-index-backend-state")).isEqualTo("降级：暂由备用索引应答");
        assertThat(value(view, "search-index-backend-documents")).isEqualTo("未知");
        assertThat(value(view, "search-index-indexer-error")).isEqualTo("索引更新失败：连接被拒绝");
    }

    @Test
    void anIndexOfAnOlderFormatOrOfNoneRecordedSaysItWillBeRebuilt() {
        search.status = new SearchStatus("lucene", SearchStatus.State.UP, "索引正常", 1234, "0");
        assertThat(value(open(), "search-index-backend-format"))
                .isEqualTo("0，当前版本为 " + SearchDocument.FORMAT + "：下次启动时自动重建，也可现在重建");

        search.status = new SearchStatus("lucene", SearchStatus.State.UP, "索引正常", 1234, null);
        assertThat(value(open(), "search-index-backend-format"))
                .isEqualTo("未记录，早于当前版本 " + SearchDocument.FORMAT + "：下次启动时自动重建，也可现在重建");

        search.status = new SearchStatus("lucene", SearchStatus.State.DOWN, "搜索服务不可用", -1, null);
        assertThat(value(open(), "search-index-backend-format")).isEqualTo("未知");
    }

    @Test
    void aRebuildShowsItsProgressThenItsResult() {
        IndexView view = open();

        confirmRebuild(view);

        assertThat(reindex(view).isEnabled()).isFalse();
        assertThat(shown(progress(view))).isTrue();
        assertThat(status(view)).isEqualTo("正在重建索引，请稍候。重建期间搜索照常可用。");
        assertThat(indexer.rebuilds).isZero();
        assertThat(pending).hasSize(1);

        pending.removeFirst().run();

        assertThat(indexer.rebuilds).isEqualTo(1);
        assertThat(shown(progress(view))).isFalse();
        assertThat(status(view)).isEqualTo("索引重建完成：办事指南 120 项，常见问题 340 条，用时 12.3 秒。");
        assertThat(reindex(view).isEnabled()).isTrue();
        assertThat(value(view, "search-index-indexer-last"))
                .isEqualTo("2025年3月10日 10:05 完成：办事指南 120 项，常见问题 340 条，用时 12.3 秒");
    }

    @Test
    void aSecondClickWhileRebuildingStartsNothing() {
        IndexView view = open();
        confirmRebuild(view);

        view.start();

        assertThat(pending).hasSize(1);
    }

    @Test
    void aRebuildAlreadyRunningElsewhereIsExplainedAndTheButtonStaysOff() {
        IndexView view = open();
        indexer.failure = new IllegalStateException("reindex already running");
        indexer.running = true;

        confirmRebuild(view);
        pending.removeFirst().run();

        assertThat(status(view)).isEqualTo("已有一次索引重建正在进行，请等它完成后再试。");
        assertThat(shown(progress(view))).isFalse();
        assertThat(value(view, "search-index-indexer-state")).isEqualTo("正在重建索引");
        assertThat(reindex(view).isEnabled()).isFalse();

        indexer.running = false;
        byId(view, Button.class, "search-index-refresh").orElseThrow().click();
        assertThat(reindex(view).isEnabled()).isTrue();
    }

    @Test
    void aRefusalShowsTheMissingPermission() {
        IndexView view = open();
        indexer.failure = new AccessDeniedException("catalogue:publish", "370100");

        confirmRebuild(view);
        pending.removeFirst().run();

        assertThat(status(view)).isEqualTo("无权执行此操作（catalogue:publish @ 370100）");
        assertThat(reindex(view).isEnabled()).isTrue();
    }

    @Test
    void anUnexpectedFailureIsSummedUpWithoutItsTechnicalMessage() {
        IndexView view = open();
        indexer.failure = new IllegalArgumentException("java.io.IOException: disk full");

        confirmRebuild(view);
        pending.removeFirst().run();

        assertThat(status(view)).isEqualTo("操作失败，请稍后再试。").doesNotContain("IOException");
    }

    @Test
    void whileAnotherRebuildRunsTheButtonIsOff() {
        indexer.running = true;

        IndexView view = open();

        assertThat(reindex(view).isEnabled()).isFalse();
        assertThat(value(view, "search-index-indexer-state")).isEqualTo("正在重建索引");
    }
}
