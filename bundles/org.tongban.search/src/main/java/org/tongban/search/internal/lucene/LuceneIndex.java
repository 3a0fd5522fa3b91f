package org.tongban.search.internal.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.tongban.search.internal.Fields;
import org.tongban.search.internal.IndexedDocument;

/** One index folder (or an index in memory) with its writer and a near-real-time searcher manager. */
final class LuceneIndex implements AutoCloseable {
    /** Key of the document format in the commit user data, which every later commit of the writer carries on. */
    static final String FORMAT_KEY = "tongban.format";

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    LuceneIndex(Path folder, Analyzer analyzer) {
        this(folder, open(folder), analyzer);
    }

    /** An index held in memory, for texts whose owner keeps them and refills the index after a start. */
    static LuceneIndex inMemory(Analyzer analyzer) {
        return new LuceneIndex(null, new ByteBuffersDirectory(), analyzer);
    }

    private static Directory open(Path folder) {
        try {
            Files.createDirectories(folder);
            return FSDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LuceneIndex(Path folder, Directory directory, Analyzer analyzer) {
        try {
            this.folder = folder;
            this.directory = directory;
            this.writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format recorded in the last commit (or set for the next one); {@code null} when none is. */
    String format() {
        var data = writer.getLiveCommitData();
        if (data == null) {
            return null;
        }
        for (Map.Entry<String, String> entry : data) {
            if (FORMAT_KEY.equals(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Records the format with the next commit. */
    void recordFormat(String format) {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, format).entrySet());
    }

    /** Whether the folder holds no commit yet: a new index, which has no documents of an older format. */
    boolean fresh() {
        try {
            return !DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    /** Applies the changes, commits them and refreshes the searcher, so the next query sees them. */
    void write(List<IndexedDocument> upserts, Collection<String> deletions, boolean commit) {
        try {
            for (IndexedDocument doc : upserts) {
                writer.updateDocument(new Term(Fields.ID, doc.source().id()), LuceneDocuments.toLucene(doc));
            }
            for (String id : deletions) {
                writer.deleteDocuments(new Term(Fields.ID, id));
            }
            if (commit) {
                writer.commit();
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the index and removes its folder; searchers still in use keep their open files until released. */
    void closeAndDelete() {
        close();
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
