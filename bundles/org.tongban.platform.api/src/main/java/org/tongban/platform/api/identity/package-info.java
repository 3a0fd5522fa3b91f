/**
 * Identifiers of applicants, checked for format and check digit: citizens' identity numbers (GB 11643) and
 * enterprises' unified social credit codes (GB 32100). The one place for these checks: intake, public accounts, credit
 * records, the hotline and the market all use them.
 */
@Export
@Version("1.0.0")
package org.tongban.platform.api.identity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
