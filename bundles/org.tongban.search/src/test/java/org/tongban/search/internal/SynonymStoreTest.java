package org.tongban.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.search.SearchQueryException;
import org.tongban.search.SynonymDictionary;
import org.tongban.search.SynonymEntry;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.Jinan;
import org.tongban.testing.RecordingAuditLog;
import org.tongban.testing.TestJurisdictions;

class SynonymStoreTest {
    @TempDir
    Path folder;

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final FakeAccessControl access = new FakeAccessControl(jurisdictions);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private SynonymStore store;

    @BeforeEach
    void open() {
        store = new SynonymStore(folder.resolve("synonyms.txt"), access, audit, Jinan.JINAN);
    }

    @Test
    void startsWithTheShippedEntries() {
        assertThat(store.entries()).contains(SynonymEntry.parse("开饭店,开餐馆,开饭馆,开餐厅,开小吃店,开店卖吃的 => 食品经营许可,营业执照"));
    }

    @Test
    void cityEditorsAddReplaceAndRemoveEntriesThatSurviveARestart() throws Exception {
        access.actAs("city.clerk", Jinan.JINAN, SynonymDictionary.EDIT_PERMISSION);
        store.put(SynonymEntry.parse("开张 => 营业执照"));
        store.put(SynonymEntry.parse("开张 => 设立登记，营业执照"));
        assertThat(store.entries())
                .filteredOn(e -> e.phrases().equals(List.of("开张")))
                .containsExactly(SynonymEntry.parse("开张 => 设立登记,营业执照"));
        assertThat(Files.readString(folder.resolve("synonyms.txt"))).contains("开张 => 设立登记,营业执照");
        SynonymStore reopened = new SynonymStore(folder.resolve("synonyms.txt"), access, audit, Jinan.JINAN);
        assertThat(reopened.entries()).isEqualTo(store.entries());
        store.remove(List.of("开张"));
        assertThat(store.entries()).noneMatch(e -> e.phrases().contains("开张"));
        assertThat(audit.entries())
                .extracting(RecordingAuditLog.Recorded::action)
                .containsExactly("search.synonym.put", "search.synonym.put", "search.synonym.remove");
    }

    @Test
    void aDistrictEditorOrAnonymousUserCannotChangeTheCityDictionary() {
        List<SynonymEntry> before = store.entries();
        access.actAs("lixia.clerk", Jinan.LIXIA, SynonymDictionary.EDIT_PERMISSION);
        assertThatThrownBy(() -> store.put(SynonymEntry.parse("开张 => 营业执照"))).isInstanceOf(AccessDeniedException.class);
        access.logOut();
        assertThatThrownBy(() -> store.remove(List.of("身份证", "居民身份证"))).isInstanceOf(AccessDeniedException.class);
        assertThat(store.entries()).isEqualTo(before);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void malformedLinesAreRejectedInChinese() {
        assertThatThrownBy(() -> SynonymEntry.parse("开张 => "))
                .isInstanceOf(SearchQueryException.class)
                .hasMessageContaining("扩展词");
        assertThatThrownBy(() -> SynonymEntry.parse("开张"))
                .isInstanceOf(SearchQueryException.class)
                .hasMessageContaining("至少需要两个词");
        assertThatThrownBy(() -> SynonymEntry.parse("a => b => c")).isInstanceOf(SearchQueryException.class);
        assertThatThrownBy(() -> SynonymEntry.parse("开,,张 => 营业执照")).isInstanceOf(SearchQueryException.class);
    }
}
