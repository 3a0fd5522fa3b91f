package org.tongban.platform.workflow;

/** Someone changed the case after the clerk looked at it: reload and decide again. */
public class StaleCaseException extends WorkflowException {
    private static final long serialVersionUID = 1L;

    public StaleCaseException(String kind, String id) {
        super("该事项（" + id + "）已被他人处理，请刷新后重新操作");
    }
}
