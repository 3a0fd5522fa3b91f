package org.tongban.hotline.open311.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.platform.api.web.ApiResponse;

/** A refusal in the spec's error format, {@code <errors><error><code/><description/></error></errors>} or its array. */
final class Open311Error extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;

    Open311Error(int status, String description) {
        super(description, null, false, false);
        this.status = status;
    }

    ApiResponse answer(Format format) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status);
        error.put("description", getMessage());
        return (format == null ? Format.XML : format).answer(status, "errors", "error", List.of(error));
    }
}
