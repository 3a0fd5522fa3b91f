package org.tongban.keyprojects.internal;

import org.tongban.testing.TestDatabase;

class KeyProjectsPostgresTest extends KeyProjectsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres(KeyProjectsFixture.CHANGELOG);
    }
}
