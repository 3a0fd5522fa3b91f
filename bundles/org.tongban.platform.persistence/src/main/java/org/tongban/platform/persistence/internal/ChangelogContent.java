package org.tongban.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import org.osgi.framework.Bundle;

/**
 * The SHA-256 of everything a bundle's changelog can read: every file below the changelog's folder (its includes, SQL
 * and CSV files live there), by path and content. Any change to them changes the digest, so Liquibase runs again.
 */
final class ChangelogContent {

    private ChangelogContent() {}

    static String digest(Bundle bundle, String changelog) throws IOException {
        String path = changelog.startsWith("/") ? changelog.substring(1) : changelog;
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "/" : path.substring(0, slash);
        List<URL> files = new ArrayList<>();
        Enumeration<URL> found = bundle.findEntries(folder, "*", true);
        if (found != null) {
            files.addAll(Collections.list(found));
        }
        files.removeIf(url -> url.getPath().endsWith("/") || url.getPath().endsWith(".class"));
        files.sort(Comparator.comparing(URL::getPath));
        MessageDigest sha = sha256();
        for (URL file : files) {
            sha.update(file.getPath().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (InputStream in = file.openStream()) {
                sha.update(in.readAllBytes());
            }
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
