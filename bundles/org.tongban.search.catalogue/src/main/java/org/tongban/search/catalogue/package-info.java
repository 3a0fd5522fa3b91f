/** The guide index: the search index kept in step with the published matter catalogue. */
@Export
@Version("1.0.0")
package org.tongban.search.catalogue;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
