package org.tongban.ops;

import java.nio.file.Path;
import java.util.List;

/** The configured database of an instance, as backup and restore see it. */
interface DatabaseTarget {

    /** {@code h2} or {@code postgresql}. */
    String kind();

    /** The schema backed up (PostgreSQL), or {@code null}. */
    String schema();

    /** The archive entry that holds the dump. */
    String entryName();

    /**
     * Writes a consistent copy while the instance may be running, and returns the applied Liquibase changesets as
     * {@code file::id::author}.
     */
    List<String> dump(Path file);

    /** Refuses when a running instance holds the database; the pid file catches instances started by bin/tongban. */
    void refuseIfInUse();

    /** Whether the database holds nothing yet (a distribution never started, or an empty schema). */
    boolean isEmpty();

    /**
     * Loads a dump into this database, which is empty unless {@code force}: then what it holds is replaced.
     *
     * @param sourceSchema the schema the dump was taken from (PostgreSQL), or {@code null}
     */
    void restore(Path dump, String sourceSchema, boolean force);
}
