/**
 * The console home's to-do list (我的待办): each feature registers a {@link org.tongban.platform.api.work.WorkItemSource}
 * that tells the signed-in user what waits for them in that feature.
 */
@Export
@Version("1.0.0")
package org.tongban.platform.api.work;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
