/**
 * Public accounts of citizens and enterprises (个人和法人用户), kept apart from the staff accounts of the security
 * bundle: {@link org.tongban.platform.accounts.PublicAccounts}. Identifiers are checked with
 * {@code org.tongban.platform.api.identity}; passwords are hashed and judged by the staff side's
 * {@code PasswordHashing}.
 */
@Export
@Version("1.1.0")
package org.tongban.platform.accounts;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
