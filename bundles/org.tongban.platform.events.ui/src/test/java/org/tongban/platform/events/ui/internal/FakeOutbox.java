package org.tongban.platform.events.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tongban.platform.api.events.DomainEvent;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.events.DeadLetter;
import org.tongban.platform.events.HandlerPosition;
import org.tongban.platform.events.OutboxAdministration;

/**
 * An outbox administration that answers what the test set, and replays as the real one does: a successful replay
 * removes the letter, a failing one keeps it with the new error and one more attempt and throws.
 */
final class FakeOutbox implements OutboxAdministration {
    static final Instant DIED = Instant.parse("2026-03-02T06:30:00Z");

    final List<HandlerPosition> positions = new ArrayList<>();
    final List<DeadLetter> letters = new ArrayList<>();
    final List<String> replayed = new ArrayList<>();
    /** What the next replays throw; null replays successfully. */
    Supplier<RuntimeException> replayFailure;
    /** Whether the current user lacks the permission, as a revoked grant would leave it. */
    boolean denied;
    /** A count larger than the list, as when more letters wait than the view lists. */
    long extraCount;

    static DeadLetter letter(String handler, String node, long sequence, Map<String, String> payload, String error) {
        DomainEvent event = new DomainEvent(
                sequence, "catalogue/PUBLISHED", "matter/370100-SCJ-XK-001", payload, DIED.minusSeconds(60));
        return new DeadLetter(handler, node, event, 5, error, DIED);
    }

    @Override
    public List<HandlerPosition> positions() {
        check();
        return List.copyOf(positions);
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        check();
        return letters.stream().limit(limit).toList();
    }

    @Override
    public long deadLetterCount() {
        return letters.size() + extraCount;
    }

    @Override
    public void replay(String handler, String node, long sequence) {
        check();
        replayed.add(handler + "@" + node + "#" + sequence);
        DeadLetter letter = letters.stream()
                .filter(d -> d.handler().equals(handler)
                        && d.node().equals(node)
                        && d.event().sequence() == sequence)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("该死信不存在或已重放：" + sequence));
        if (replayFailure != null) {
            RuntimeException failure = replayFailure.get();
            letters.set(
                    letters.indexOf(letter),
                    new DeadLetter(
                            handler,
                            node,
                            letter.event(),
                            letter.attempts() + 1,
                            String.valueOf(failure.getMessage()),
                            letter.diedAt()));
            throw failure;
        }
        letters.remove(letter);
    }

    private void check() {
        if (denied) {
            throw new AccessDeniedException(PERMISSION, null);
        }
    }
}
