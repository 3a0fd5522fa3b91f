package org.tongban.platform.workflow;

/** A transition that cannot be made as asked; the message is for the clerk (Chinese). */
public class WorkflowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkflowException(String message) {
        super(message);
    }
}
