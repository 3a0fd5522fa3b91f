/** Credit records on JDBC. */
package org.tongban.credit.internal;
