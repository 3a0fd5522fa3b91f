package org.tongban.platform.events;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** What an administrator sees of event delivery, and the replay of dead letters. Needs {@link #PERMISSION}. */
@ProviderType
public interface OutboxAdministration {

    String PERMISSION = "platform:admin";

    /** Every handler's position, on every node, against the newest event. */
    List<HandlerPosition> positions();

    /** The newest dead letters first. */
    List<DeadLetter> deadLetters(int limit);

    /** How many events wait in the dead letters; needs no permission (it is a health figure). */
    long deadLetterCount();

    /**
     * Hands a dead letter to its handler again; on success it leaves the dead letters, on failure it stays with the
     * new error and the error is thrown. A node-scoped handler's letter can only be replayed on its node.
     */
    void replay(String handler, String node, long sequence);
}
