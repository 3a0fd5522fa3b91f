package org.tongban.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.search.SynonymDictionary;
import org.tongban.search.SynonymEntry;

/**
 * The synonym dictionary in a text file (one entry per line), seeded with the bundle's defaults. Each change writes
 * the file atomically and publishes a new entry list, which the next query picks up.
 */
public final class SynonymStore implements SynonymDictionary {
    static final String DEFAULTS = "default-synonyms.txt";

    private final Path file;
    private final AccessControl accessControl;
    private final AuditLog auditLog;
    private final String rootJurisdiction;
    private volatile List<SynonymEntry> entries;

    public SynonymStore(Path file, AccessControl accessControl, AuditLog auditLog, String rootJurisdiction) {
        this.file = file;
        this.accessControl = accessControl;
        this.auditLog = auditLog;
        this.rootJurisdiction = rootJurisdiction;
        try {
            this.entries = Files.exists(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : defaults();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<SynonymEntry> defaults() {
        try (InputStream in = SynonymStore.class.getResourceAsStream(DEFAULTS)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SynonymEntry> parse(String text) {
        List<SynonymEntry> parsed = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                parsed.add(SynonymEntry.parse(l));
            }
        }
        return List.copyOf(parsed);
    }

    @Override
    public List<SynonymEntry> entries() {
        return entries;
    }

    @Override
    public synchronized SynonymEntry put(SynonymEntry entry) {
        accessControl.check(EDIT_PERMISSION, rootJurisdiction);
        List<SynonymEntry> next = new ArrayList<>(entries);
        int at = indexOf(entry.phrases());
        if (at >= 0) {
            next.set(at, entry);
        } else {
            next.add(entry);
        }
        save(next);
        auditLog.record("search.synonym.put", String.join(",", entry.phrases()), entry.format());
        return entry;
    }

    @Override
    public synchronized void remove(List<String> phrases) {
        accessControl.check(EDIT_PERMISSION, rootJurisdiction);
        int at = indexOf(phrases);
        if (at < 0) {
            return;
        }
        List<SynonymEntry> next = new ArrayList<>(entries);
        SynonymEntry removed = next.remove(at);
        save(next);
        auditLog.record("search.synonym.remove", String.join(",", removed.phrases()), removed.format());
    }

    private int indexOf(List<String> phrases) {
        List<String> wanted = phrases.stream().map(String::strip).toList();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).phrases().equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    // Written before it is published, so a failed write changes nothing.
    private void save(List<SynonymEntry> next) {
        StringBuilder text = new StringBuilder("# 同义词词典：口语词,口语词 => 规范词,规范词（每行一条）\n");
        next.forEach(e -> text.append(e.format()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries = List.copyOf(next);
    }
}
