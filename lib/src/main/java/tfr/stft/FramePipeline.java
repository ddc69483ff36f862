package tfr.stft;

import java.util.ArrayDeque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * Frame-parallel work in bounded memory: frames are computed in blocks on all cores and handed to
 * a consumer on the calling thread in frame order. At most {@code 2 × threads} blocks exist at a
 * time, so memory does not grow with the signal's length.
 *
 * <p>A block object carries its own scratch (e.g. its own {@link MultiStft}), so workers share
 * nothing mutable. Blocks are reused: the consumer must copy what it keeps.
 *
 * @param <B> the block type
 */
public final class FramePipeline<B> {
    /** Fills a block with frames {@code first .. first + count − 1} (runs on a worker thread). */
    @FunctionalInterface
    public interface Compute<B> {
        void compute(B block, int firstFrame, int frameCount);
    }

    /** Receives a computed block, in frame order, on the calling thread. */
    @FunctionalInterface
    public interface Consume<B> {
        void accept(B block, int firstFrame, int frameCount);
    }

    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "tfr-frames");
                t.setDaemon(true);
                return t;
            });

    private final int blockFrames;
    private final int threads;

    /**
     * @param blockFrames frames per block (≥ 1; 16–64 amortises scheduling)
     * @param threads     worker threads (≥ 1; 1 computes on the calling thread)
     */
    public FramePipeline(int blockFrames, int threads) {
        if (blockFrames < 1) {
            throw new IllegalArgumentException("blockFrames must be >= 1, got " + blockFrames);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.blockFrames = blockFrames;
        this.threads = threads;
    }

    /** A pipeline with 32-frame blocks on all available processors. */
    public static <B> FramePipeline<B> allCores() {
        return new FramePipeline<>(32, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs frames {@code 0 .. frameCount − 1}.
     *
     * @param progress receives the fraction of frames consumed, 0..1 (may be null)
     */
    public void run(int frameCount, Supplier<B> newBlock, Compute<B> compute, Consume<B> consume,
                    DoubleConsumer progress) {
        if (frameCount <= 0) {
            if (progress != null) {
                progress.accept(1.0);
            }
            return;
        }
        int blocks = (frameCount + blockFrames - 1) / blockFrames;
        if (threads == 1 || blocks == 1) {
            B b = newBlock.get();
            for (int i = 0; i < blocks; i++) {
                int first = i * blockFrames;
                int count = Math.min(blockFrames, frameCount - first);
                compute.compute(b, first, count);
                consume.accept(b, first, count);
                report(progress, first + count, frameCount);
            }
            return;
        }
        int inFlight = Math.min(blocks, 2 * threads);
        BlockingQueue<B> free = new ArrayBlockingQueue<>(inFlight);
        for (int i = 0; i < inFlight; i++) {
            free.add(newBlock.get());
        }
        ArrayDeque<Future<B>> pending = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        try {
            while (done < blocks) {
                while (next < blocks && !free.isEmpty()) {
                    B b = free.poll();
                    int first = next * blockFrames;
                    int count = Math.min(blockFrames, frameCount - first);
                    pending.add(POOL.submit(() -> {
                        compute.compute(b, first, count);
                        return b;
                    }));
                    next++;
                }
                B b = pending.poll().get();
                int first = done * blockFrames;
                int count = Math.min(blockFrames, frameCount - first);
                consume.accept(b, first, count);
                free.add(b);
                done++;
                report(progress, first + count, frameCount);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("frame computation interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            for (Future<B> f : pending) {
                f.cancel(true);
            }
        }
    }

    private static void report(DoubleConsumer progress, int framesDone, int frameCount) {
        if (progress != null) {
            progress.accept((double) framesDone / frameCount);
        }
    }

    @Override
    public String toString() {
        return "FramePipeline[" + blockFrames + " frames/block, " + threads + " threads]";
    }
}
