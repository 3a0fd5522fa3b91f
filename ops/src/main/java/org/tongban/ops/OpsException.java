package org.tongban.ops;

/** A refusal or failure the command reports as one line, in Chinese and English, with its exit code. */
final class OpsException extends RuntimeException {

    /** Something went wrong while working. */
    static final int FAILED = 1;

    /** The command line or the folder is not what the command needs. */
    static final int USAGE = 2;

    /** The command refused to act: the instance runs, the target is not empty, the archive does not fit. */
    static final int REFUSED = 3;

    private final int exitCode;

    OpsException(int exitCode, String chinese, String english) {
        super(chinese + " (" + english + ")");
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
