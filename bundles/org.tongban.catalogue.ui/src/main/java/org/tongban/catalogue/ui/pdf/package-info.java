/** The one-time notice (一次性告知书) of a matter as a PDF, with an embedded subset of a Chinese font. */
package org.tongban.catalogue.ui.pdf;
