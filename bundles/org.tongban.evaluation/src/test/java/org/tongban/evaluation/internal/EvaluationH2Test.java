package org.tongban.evaluation.internal;

import org.tongban.testing.TestDatabase;

class EvaluationH2Test extends EvaluationContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(EvaluationFixture.CHANGELOG);
    }
}
