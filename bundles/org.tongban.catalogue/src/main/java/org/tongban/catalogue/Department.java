package org.tongban.catalogue;

/**
 * A department (部门) that owns matters, for example 济南市市场监督管理局.
 *
 * @param code unique code, for example {@code 370100-SJJ}
 * @param name official name
 * @param jurisdictionCode GB/T 2260 code of the jurisdiction it belongs to
 * @param phone contact phone, or {@code null}
 */
public record Department(String code, String name, String jurisdictionCode, String phone) {}
