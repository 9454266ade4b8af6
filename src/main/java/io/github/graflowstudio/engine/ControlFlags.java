package io.github.graflowstudio.engine;

/**
 * What the task running in a context asked the engine to do once it returns: jump (a goto, so
 * the usual successors are not queued), terminate the workflow normally, or cancel it. Reset
 * before each task. The two messages are kept apart: Graflow shares one field, so a terminate
 * after a cancel replaced the cancel's message. Not thread-safe: the engine thread of the
 * context only.
 */
final class ControlFlags {
    private boolean gotoCalled;
    private boolean terminateCalled;
    private boolean cancelCalled;
    private String terminateMessage;
    private String cancelMessage;

    /** Forgets what the last task asked for. */
    void reset() {
        gotoCalled = false;
        terminateCalled = false;
        cancelCalled = false;
        terminateMessage = null;
        cancelMessage = null;
    }

    void markGoto() {
        gotoCalled = true;
    }

    void markTerminate(String message) {
        terminateCalled = true;
        terminateMessage = message;
    }

    void markCancel(String message) {
        cancelCalled = true;
        cancelMessage = message;
    }

    boolean gotoCalled() {
        return gotoCalled;
    }

    boolean terminateCalled() {
        return terminateCalled;
    }

    boolean cancelCalled() {
        return cancelCalled;
    }

    String terminateMessage() {
        return terminateMessage;
    }

    String cancelMessage() {
        return cancelMessage;
    }
}
