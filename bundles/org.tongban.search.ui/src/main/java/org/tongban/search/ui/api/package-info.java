/**
 * The public JSON API of guide search below {@code /api/v1/search} and {@code /api/v1/suggest}, for mobile and WeChat
 * front ends; described in {@code openapi/search.json} and {@code openapi/suggest.json}.
 */
package org.tongban.search.ui.api;
