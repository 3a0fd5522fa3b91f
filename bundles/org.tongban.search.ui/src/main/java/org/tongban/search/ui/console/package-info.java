/**
 * The catalogue staff's search pages in the console: the synonym dictionary, the search analytics with their
 * one-action path to a synonym, and the index status with the full rebuild. Nothing here is exported; the host finds
 * the views through the {@code ViewContribution} services. The texts (keys {@code search.console.*}) share the
 * bundle's message files declared in the portal package.
 */
package org.tongban.search.ui.console;
