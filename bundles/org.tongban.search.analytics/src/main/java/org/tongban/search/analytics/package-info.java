/**
 * Search analytics for catalogue staff: top queries, queries with no result and queries followed by no click, each
 * one action away from a synonym. Queries are stored without user, session or address.
 */
@Export
@Version("1.0.0")
@Header(name = "Tongban-Changelog", value = "db/search-analytics-changelog.xml")
package org.tongban.search.analytics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.bundle.Header;
import org.osgi.annotation.versioning.Version;
