package org.tongban.evaluation.ui.internal;

import org.tongban.evaluation.internal.EvaluationFixture;
import org.tongban.testing.TestDatabase;

class WorkItemsH2Test extends WorkItemsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(EvaluationFixture.CHANGELOG);
    }
}
