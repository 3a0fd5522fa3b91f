package org.tongban.platform.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void reportsTheDeepestMessageOnOneLine() {
        var failure = new IllegalStateException(
                "Migration failed",
                new SQLException("Unknown data type: \"X\"; SQL statement:\nCREATE TABLE t (id X)"));

        assertThat(Failures.rootMessage(failure))
                .isEqualTo("Unknown data type: \"X\"; SQL statement: CREATE TABLE t (id X)");
    }

    @Test
    void fallsBackToTheClassNameWithoutAnyMessage() {
        assertThat(Failures.rootMessage(new IllegalStateException(new NullPointerException())))
                .isEqualTo(NullPointerException.class.getName());
    }
}
