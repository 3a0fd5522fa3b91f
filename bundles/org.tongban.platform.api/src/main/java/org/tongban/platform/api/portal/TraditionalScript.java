package org.tongban.platform.api.portal;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Converts Simplified Chinese to Traditional. A bundle with conversion tables registers one (the search feature,
 * with OpenCC's); the host then shows the whole of a public page in Traditional characters to a visitor who chose
 * 繁體, the guides' own content as well as the labels. Without one, the content stays as written.
 */
@ConsumerType
public interface TraditionalScript {

    /**
     * The text in Traditional characters; anything that is not Simplified Chinese (markup, Latin letters, digits) is
     * returned unchanged.
     */
    String toTraditional(String text);
}
