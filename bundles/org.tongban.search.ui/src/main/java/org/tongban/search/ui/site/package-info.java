/** The public search results page: plain HTML without a session, facets and pages as links. */
package org.tongban.search.ui.site;
