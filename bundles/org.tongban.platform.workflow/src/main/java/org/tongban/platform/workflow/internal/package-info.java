@Header(name = Database.CHANGELOG_HEADER, value = "db/workflow-changelog.xml")
package org.tongban.platform.workflow.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.persistence.Database;
