package org.tongban.search.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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

    @Override
    SearchBackend reopen() {
        return new LuceneBackend(folder.resolve("lucene"));
    }

    // Rewrites the commit user data of the live generation, as a release without formats (or an older one) left it.
    @Override
    void recordFormat(String format) throws Exception {
        Path lucene = folder.resolve("lucene");
        String live = Files.readString(lucene.resolve("current"), StandardCharsets.UTF_8)
                .strip();
        try (Directory directory = FSDirectory.open(lucene.resolve(live));
                IndexWriter writer = new IndexWriter(
                        directory,
                        new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(
                    format == null
                            ? Map.<String, String>of().entrySet()
                            : Map.of("tongban.format", format).entrySet());
            writer.commit();
        }
    }
}
