package org.tongban.keyprojects.internal;

import org.tongban.testing.TestDatabase;

class KeyProjectsH2Test extends KeyProjectsContract {
    @Override
    TestDatabase open() {
        return TestDatabase.h2(KeyProjectsFixture.CHANGELOG);
    }
}
