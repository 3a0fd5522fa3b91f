/**
 * The clerks' views of the catalogue in the console: the matters of their jurisdiction, the guide editor with its
 * workflow and version history, import and export, and the level consistency report. Nothing here is exported; the
 * host finds the views through the {@code ViewContribution} services. The texts (keys {@code catalogue.console.*})
 * share the bundle's message files declared in the portal package.
 */
package org.tongban.catalogue.ui.console;
