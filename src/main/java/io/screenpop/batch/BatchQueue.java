package io.screenpop.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

/**
 * A bounded queue that one daemon thread drains in batches, for recorders that must never slow the request they
 * record (the audit trail, recent calls). {@link #offer} never blocks: it answers false when the queue is full, and
 * the owner counts the drop. The thread hands each batch (up to {@code maxBatch} items, in arrival order) to the
 * owner's writer, which handles its own failures. {@link #stop} writes what is still queued.
 *
 * @param <T> the queued items
 */
public final class BatchQueue<T> {

    private static final Logger LOG = Logger.getLogger(BatchQueue.class);
    private static final long POLL_MS = 200;
    private static final long STOP_WAIT_MS = 5000;

    private final String threadName;
    private final BlockingQueue<T> queue;
    private final int maxBatch;
    private final Consumer<List<T>> writer;
    private volatile boolean running;
    private volatile Thread thread;

    /**
     * @param threadName the draining thread's name
     * @param capacity   items queued at most (at least 1)
     * @param maxBatch   items handed to the writer at once at most
     * @param writer     writes one batch; should not throw (a throw is logged and the batch is lost)
     */
    public BatchQueue(String threadName, int capacity, int maxBatch, Consumer<List<T>> writer) {
        this.threadName = threadName;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.maxBatch = maxBatch;
        this.writer = writer;
    }

    /**
     * Queues an item; never blocks and never throws.
     *
     * @param item the item
     * @return false when the queue is full and the item was not queued
     */
    public boolean offer(T item) {
        return queue.offer(item);
    }

    /** @return items waiting to be written */
    public int size() {
        return queue.size();
    }

    /** Starts the draining thread. */
    public void start() {
        running = true;
        Thread t = new Thread(this::drain, threadName);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Stops the thread (waiting up to 5 s for the batch it is writing), then writes what is still queued here. */
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(STOP_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<T> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (int from = 0; from < rest.size(); from += maxBatch) {
            write(rest.subList(from, Math.min(rest.size(), from + maxBatch)));
        }
    }

    private void drain() {
        List<T> batch = new ArrayList<>(maxBatch);
        while (running) {
            try {
                T first = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<T> batch) {
        try {
            writer.accept(batch);
        } catch (RuntimeException e) {
            LOG.warnf("%s: %d item(s) not written: %s", threadName, batch.size(), e.getMessage());
        }
    }
}
