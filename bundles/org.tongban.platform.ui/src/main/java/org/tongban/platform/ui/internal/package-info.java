/** Implementation of the UI kit: its texts, the chart script and the adapter of declarative view contributions. */
package org.tongban.platform.ui.internal;
