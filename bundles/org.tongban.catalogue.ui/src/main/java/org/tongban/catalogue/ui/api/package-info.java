/** The public JSON API of published matters below {@code /api/v1/matters}, for mobile and WeChat front ends. */
package org.tongban.catalogue.ui.api;
