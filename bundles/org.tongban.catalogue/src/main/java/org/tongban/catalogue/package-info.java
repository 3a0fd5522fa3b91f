/**
 * The matter catalogue (政务服务事项目录) and its versioned service guides (办事指南): what the portal shows, what the
 * console edits through the draft, review and published workflow, and what intake, help desk, hotline and search
 * read. Reading published data is public ({@link org.tongban.catalogue.MatterCatalogue}); everything else is checked
 * against {@link org.tongban.catalogue.CataloguePermissions} for the matter's jurisdiction by the service itself.
 */
@Export
@Version("3.1.0")
package org.tongban.catalogue;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
