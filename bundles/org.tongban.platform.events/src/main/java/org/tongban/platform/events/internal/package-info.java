@Header(name = Database.CHANGELOG_HEADER, value = "db/events-changelog.xml")
package org.tongban.platform.events.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.persistence.Database;
