package org.rapaio.jupyter.kernel.channels;

/**
 * TFR Lab's stand-in for rapaio-jupyter-kernel 3.0.1's {@code LoopThread}, compiled by
 * tools/kernel-install and put ahead of the kernel jar on the kernel's classpath.
 *
 * <p>The 3.0.1 class starts the thread first and sets its "running" flag after, so the new thread
 * may read the flag before it is set and end at once. The channel it serves (shell, control or
 * heartbeat) then never answers: a kernel that never replies to kernel_info (shell), cannot be
 * interrupted or shut down politely (control), or has no heartbeat. Here the flag is set before
 * the thread starts. Same public API and behaviour otherwise: run the body, sleep, repeat until
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
            loopBody.run();
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
