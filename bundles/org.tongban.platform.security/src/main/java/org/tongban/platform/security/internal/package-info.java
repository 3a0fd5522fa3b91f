/**
 * Users, roles, jurisdiction-scoped permissions and the audit log, over the tables of {@code db/security-changelog.xml}.
 * Password refusals are {@code PasswordRefusal}s of the platform API, whose texts the API bundle carries.
 */
@Header(name = Database.CHANGELOG_HEADER, value = "db/security-changelog.xml")
package org.tongban.platform.security.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.persistence.Database;
