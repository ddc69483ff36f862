package org.rapaio.jupyter.kernel.channels;

/**
 * TFR Lab's stand-in for rapaio-jupyter-kernel 3.0.1's {@code LoopThread}, compiled by
 * tools/kernel-install and put ahead of the kernel jar on the kernel's classpath.
 *
 * <p>The 3.0.1 class starts the thread first and sets its "running" flag after, so the new thread
 * may read the flag before it is set and end at once. The channel it serves (shell, control or
 * heartbeat) then never answers: a kernel that never replies to kernel_info (shell), cannot be
 * interrupted or shut down politely (control), or has no heartbeat. Here the flag is set before
 * the thread starts.
 *
 * <p>A second race of the same start: the shell channel may receive the client's first kernel_info
 * before the kernel has registered its message handlers ({@code Channels.getHandler} then throws a
 * NullPointerException, seen 1 start in ~20 here), and the exception ended the thread for good. Here
 * an exception thrown by one pass of the body is reported on stderr (the kernel log) and the loop goes
 * on: that one message is lost, and the client, which repeats kernel_info until it is answered, is
 * answered by the next. Same public API and behaviour otherwise: run the body, sleep, repeat until
 * shut down or interrupted.
 */
public final class LoopThread extends Thread {
    private volatile boolean running;
    private final long sleep;
    private final Runnable loopBody;

    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                System.err.println("[TFR Lab LoopThread] " + getName() + ": one pass failed and is skipped: " + e);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;   // before the thread can look at it
        super.start();
    }

    public void shutdown() {
        running = false;
    }
}
