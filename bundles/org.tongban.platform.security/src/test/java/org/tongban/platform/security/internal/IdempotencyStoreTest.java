package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.platform.api.persistence.DataAccessException;
import org.tongban.platform.api.web.IdempotencyStore.StoredAnswer;
import org.tongban.testing.MutableClock;
import org.tongban.testing.TestDatabase;

/** Answers are kept per key, account and route, replayed within the retention and purged after it. */
@ParameterizedClass
@EnumSource(Backend.class)
class IdempotencyStoreTest {

    @Parameter
    Backend backend;

    private TestDatabase db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private JdbcIdempotencyStore store;

    @BeforeEach
    void setUp() {
        db = backend == Backend.H2
                ? TestDatabase.h2(SecurityFixture.CHANGELOG)
                : TestDatabase.postgres(SecurityFixture.CHANGELOG);
        store = new JdbcIdempotencyStore(db.transactions(), Duration.ofHours(24), clock);
    }

    @AfterEach
    void tearDown() {
        if (db != null) {
            db.close();
        }
    }

    private StoredAnswer answer(String body) {
        return new StoredAnswer(
                "hash-1", 201, "application/json", body.getBytes(StandardCharsets.UTF_8), clock.instant());
    }

    @Test
    void anAnswerIsFoundForTheSameKeyAccountAndRouteOnly() {
        store.keep("k-1", "lixia.clerk", "POST v1/notices", answer("{\"id\":7}"));

        assertThat(store.find("k-1", "lixia.clerk", "POST v1/notices")).hasValueSatisfying(a -> {
            assertThat(a.status()).isEqualTo(201);
            assertThat(new String(a.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":7}");
            assertThat(a.requestHash()).isEqualTo("hash-1");
        });
        assertThat(store.find("k-1", "shizhong.clerk", "POST v1/notices")).isEmpty();
        assertThat(store.find("k-1", "lixia.clerk", "POST v1/other")).isEmpty();
    }

    @Test
    void theRoutesHeadersAreKeptWithTheAnswer() {
        StoredAnswer first = answer("{\"id\":7}");
        store.keep(
                "k-2",
                "lixia.clerk",
                "POST v1/notices",
                new StoredAnswer(
                        first.requestHash(),
                        first.status(),
                        first.contentType(),
                        first.body(),
                        first.storedAt(),
                        java.util.Map.of("Location", "/api/v1/notices/7", "Retry-After", "120")));

        assertThat(store.find("k-2", "lixia.clerk", "POST v1/notices")).hasValueSatisfying(a -> assertThat(a.headers())
                .containsExactlyInAnyOrderEntriesOf(
                        java.util.Map.of("Location", "/api/v1/notices/7", "Retry-After", "120")));
    }

    @Test
    void aSecondAnswerForTheSameKeyIsRefused() {
        store.keep("k-1", "lixia.clerk", "POST v1/notices", answer("{\"id\":7}"));
        assertThatThrownBy(() -> store.keep("k-1", "lixia.clerk", "POST v1/notices", answer("{\"id\":8}")))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void afterTheRetentionTheAnswerIsGoneAndThePurgeDeletesIt() throws Exception {
        store.keep("k-1", "lixia.clerk", "POST v1/notices", answer("{\"id\":7}"));
        clock.advance(Duration.ofHours(25));

        assertThat(store.find("k-1", "lixia.clerk", "POST v1/notices")).isEmpty();
        store.run();
        int left = db.transactions().read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM sec_api_idempotency")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(left).isZero();
        store.keep("k-1", "lixia.clerk", "POST v1/notices", answer("{\"id\":9}"));
        assertThat(store.find("k-1", "lixia.clerk", "POST v1/notices")).isPresent();
    }
}
