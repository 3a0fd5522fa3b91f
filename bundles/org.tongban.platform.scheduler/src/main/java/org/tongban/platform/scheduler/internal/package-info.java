@Header(name = Database.CHANGELOG_HEADER, value = "db/scheduler-changelog.xml")
package org.tongban.platform.scheduler.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.persistence.Database;
