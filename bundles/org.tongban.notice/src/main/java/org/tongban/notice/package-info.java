/** Public notices of the service hall (通知公告): what citizens read in the portal and clerks publish in the console. */
@Export
@Version("1.2.0")
package org.tongban.notice;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
