package org.tongban.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tongban.documents.DocumentKind;
import org.tongban.platform.api.json.Json;

/** Finds the template of a kind: the city's own file when it has one, else the one shipped in this bundle. */
final class Templates {
    private final Path cityFolder;

    /** @param cityFolder the city's template folder, or {@code null} for the shipped templates only */
    Templates(Path cityFolder) {
        this.cityFolder = cityFolder;
    }

    DocumentTemplate of(DocumentKind kind) {
        String file = kind.code() + ".json";
        try {
            if (cityFolder != null && Files.isRegularFile(cityFolder.resolve(file))) {
                return Json.read(Files.readAllBytes(cityFolder.resolve(file)), DocumentTemplate.class);
            }
            try (InputStream in = Templates.class.getResourceAsStream("/templates/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Template " + file + " is missing from the bundle");
                }
                return Json.read(in.readAllBytes(), DocumentTemplate.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + file, e);
        }
    }
}
