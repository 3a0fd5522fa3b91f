/**
 * Users, roles, jurisdiction-scoped permissions and the audit log, over the tables of {@code db/security-changelog.xml}.
 * The texts of password refusals are in {@code i18n/security*.properties}, for the web layer to translate.
 */
@Header(name = Database.CHANGELOG_HEADER, value = "db/security-changelog.xml")
@Header(name = PlatformProperties.MESSAGES_HEADER, value = "i18n/security")
package org.tongban.platform.security.internal;

import org.osgi.annotation.bundle.Header;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.persistence.Database;
