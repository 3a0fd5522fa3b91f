package org.tongban.search.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.tongban.search.internal.lucene.LuceneBackend;

/** The contract on the embedded Lucene index in a folder of its own. */
class LuceneGuideSearchTest extends GuideSearchContract {
    @TempDir
    Path folder;

    @Override
    SearchBackend newBackend() {
        return new LuceneBackend(folder.resolve("lucene"));
    }
}
