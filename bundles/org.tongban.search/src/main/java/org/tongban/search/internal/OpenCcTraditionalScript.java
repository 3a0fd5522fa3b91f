package org.tongban.search.internal;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.osgi.service.component.annotations.Component;
import org.tongban.platform.api.portal.TraditionalScript;

/**
 * Simplified to Traditional with OpenCC's phrase and character tables, the same data the search folds Traditional
 * queries back with, so a page converted here finds itself when searched.
 */
@Component(service = TraditionalScript.class)
public final class OpenCcTraditionalScript implements TraditionalScript {

    @Override
    public String toTraditional(String text) {
        if (text == null
                || text.isEmpty()
                || text.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return text;
        }
        return ZhConverterUtil.toTraditional(text);
    }
}
