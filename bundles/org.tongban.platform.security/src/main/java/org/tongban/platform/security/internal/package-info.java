/**
 * Users, roles, jurisdiction-scoped permissions and the audit log, over the tables of {@code db/security-changelog.xml}.
 */
@Header(name = Database.CHANGELOG_HEADER, value = "db/security-changelog.xml")
package org.tongban.platform.security.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.persistence.Database;
