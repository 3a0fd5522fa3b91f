package org.tongban.platform.api.portal;

/** What a public page's path names does not exist (or is not published): the host answers 404 with its page. */
public class PageNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PageNotFoundException(String what) {
        super(what, null, false, false);
    }
}
