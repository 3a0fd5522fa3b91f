package org.tongban.market;

/**
 * A member of an agency's staff as registered.
 *
 * @param name the person's name
 * @param title the professional title or role, for example 注册测绘师
 * @param certificateNumber the practising certificate, may be empty
 */
public record AgencyStaff(String name, String title, String certificateNumber) {}
