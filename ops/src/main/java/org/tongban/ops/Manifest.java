package org.tongban.ops;

import java.util.List;
import java.util.Map;

/**
 * What a backup holds, written as {@code manifest.json} first in the archive and checked by restore before it touches
 * anything.
 *
 * @param format the archive layout's version
 * @param city the city of the instance backed up
 * @param database {@code h2} or {@code postgresql}
 * @param schema the PostgreSQL schema backed up, or {@code null}
 * @param created when the backup was taken (ISO-8601, UTC)
 * @param bundles symbolic name to version of every installed bundle
 * @param changelog the applied Liquibase changesets, {@code file::id::author}
 * @param entries archive entry to the SHA-256 (hex) of its bytes
 */
record Manifest(
        int format,
        String city,
        String database,
        String schema,
        String created,
        Map<String, String> bundles,
        List<String> changelog,
        Map<String, String> entries) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";
}
