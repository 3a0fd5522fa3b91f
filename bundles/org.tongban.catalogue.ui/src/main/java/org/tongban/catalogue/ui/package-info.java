/**
 * What other features add to the catalogue's public pages without the catalogue depending on them: {@link
 * org.tongban.catalogue.ui.GuideLinks} services (a whiteboard) answer links for a published guide's and a life event's
 * page, such as intake's 在线申请.
 */
@Export
@Version("1.0.0")
package org.tongban.catalogue.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
