package org.tongban.hotline.internal;

import org.tongban.testing.TestDatabase;

class KnowledgePostgresTest extends KnowledgeContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(HotlineFixture.CHANGELOG);
    }
}
