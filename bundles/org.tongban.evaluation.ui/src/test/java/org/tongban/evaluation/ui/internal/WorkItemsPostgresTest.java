package org.tongban.evaluation.ui.internal;

import org.tongban.evaluation.internal.EvaluationFixture;
import org.tongban.testing.TestDatabase;

class WorkItemsPostgresTest extends WorkItemsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(EvaluationFixture.CHANGELOG);
    }
}
