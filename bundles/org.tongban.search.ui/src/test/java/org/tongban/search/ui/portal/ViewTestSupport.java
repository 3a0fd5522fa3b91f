package org.tongban.search.ui.portal;

import com.vaadin.flow.component.UI;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.search.internal.GuideSearchEngine;
import org.tongban.search.ui.fixtures.GuideIndex;
import org.tongban.search.ui.fixtures.RecordingAnalytics;
import org.tongban.search.ui.fixtures.SwitchableSearch;
import org.tongban.testing.TestJurisdictions;

/** Views are built in a bare UI, without a servlet, over the real Lucene search engine holding the sample guides. */
abstract class ViewTestSupport {
    final TestJurisdictions jurisdictions = new TestJurisdictions();
    final RecordingAnalytics analytics = new RecordingAnalytics();
    final SearchRecorder recorder = new SearchRecorder("portal");
    GuideSearchEngine engine;
    SwitchableSearch search;
    // Held here because UI.setCurrent keeps only a weak reference.
    private final UI ui = new UI();

    @TempDir
    Path folder;

    @BeforeEach
    void bareUiAndIndex() {
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.setCurrent(ui);
        engine = GuideIndex.open(folder);
        search = new SwitchableSearch(engine);
        recorder.bind(analytics);
    }

    @AfterEach
    void closeAll() {
        UI.setCurrent(null);
        engine.close();
    }
}
