package org.tongban.platform.files.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * A file store on disk, addressed by SHA-256 ({@code ab/abcdef...}): the same content is kept once, a write is a
 * temporary file moved into place, and a transaction that rolls back after the write leaves only an unreferenced
 * file that nothing ever serves, never a row without its content.
 */
final class ContentLocation {
    private final Path root;

    ContentLocation(Path root) {
        this.root = root;
    }

    String write(String sha256, byte[] content) {
        String relative = sha256.substring(0, 2) + "/" + sha256;
        Path target = root.resolve(relative);
        try {
            if (Files.exists(target) && Files.size(target) == content.length) {
                // Touched, so the sweep of unreferenced files leaves it alone while this transaction is open.
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                return relative;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return relative;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the file store at " + root, e);
        }
    }

    Path root() {
        return root;
    }

    byte[] read(String relative) {
        try {
            return Files.readAllBytes(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + relative + " of the file store", e);
        }
    }
}
