package org.tongban.evaluation.internal;

import org.tongban.testing.TestDatabase;

class EvaluationPostgresTest extends EvaluationContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(EvaluationFixture.CHANGELOG);
    }
}
