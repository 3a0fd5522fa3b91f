/**
 * The catalogue's public pages, plain HTML without a session: the guide list with filters, each guide, the life
 * events with their questions (answers in the URL), and their sitemap entries.
 */
package org.tongban.catalogue.ui.site;
