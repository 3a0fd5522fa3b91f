package org.tongban.hotline.internal;

import org.tongban.testing.TestDatabase;

class KnowledgeH2Test extends KnowledgeContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(HotlineFixture.CHANGELOG);
    }
}
