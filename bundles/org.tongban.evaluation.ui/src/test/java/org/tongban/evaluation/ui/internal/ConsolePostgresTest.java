package org.tongban.evaluation.ui.internal;

import org.tongban.evaluation.internal.EvaluationFixture;
import org.tongban.testing.TestDatabase;

class ConsolePostgresTest extends ConsoleContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(EvaluationFixture.CHANGELOG);
    }
}
