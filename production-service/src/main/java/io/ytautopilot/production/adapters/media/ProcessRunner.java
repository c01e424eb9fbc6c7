package io.ytautopilot.production.adapters.media;

import io.ytautopilot.production.domain.RenderingFailed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external command (arguments as a list, never through a shell) with a timeout, capturing
 * stdout and stderr into bounded buffers (only the last {@code maxCaptureBytes} of each are kept).
 * A non-zero exit, a timeout or a failure to start becomes a {@link RenderingFailed} naming the step,
 * the scene, the command and the tail of its stderr.
 */
final class ProcessRunner {

    static final int DEFAULT_MAX_CAPTURE_BYTES = 64 * 1024;
    private static final int STDERR_TAIL_LINES = 12;
    private static final System.Logger LOG = System.getLogger(ProcessRunner.class.getName());

    private final Duration timeout;
    private final int maxCaptureBytes;

    ProcessRunner(Duration timeout) {
        this(timeout, DEFAULT_MAX_CAPTURE_BYTES);
    }

    ProcessRunner(Duration timeout, int maxCaptureBytes) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (maxCaptureBytes < 1) {
            throw new IllegalArgumentException("maxCaptureBytes must be positive, was " + maxCaptureBytes);
        }
        this.timeout = timeout;
        this.maxCaptureBytes = maxCaptureBytes;
    }

    Duration timeout() {
        return timeout;
    }

    /** Output of a successful run. */
    record Result(String stdout, String stderr) {
    }

    /**
     * Runs {@code command} in {@code workDir} (or the current directory when {@code null}).
     *
     * @param step       step name reported on failure
     * @param sceneIndex scene reported on failure, or {@code null}
     */
    Result run(String step, Integer sceneIndex, List<String> command, Path workDir) {
        List<String> cmd = List.copyOf(command);
        if (cmd.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
        String name = commandName(cmd);
        ProcessBuilder builder = new ProcessBuilder(cmd);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        LOG.log(System.Logger.Level.DEBUG, () -> "running " + cmd);
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new RenderingFailed(step, sceneIndex, "could not start '" + name + "': " + e.getMessage(), e);
        }
        TailCapture out = new TailCapture(process.getInputStream(), maxCaptureBytes, name + "-stdout");
        TailCapture err = new TailCapture(process.getErrorStream(), maxCaptureBytes, name + "-stderr");
        try {
            process.getOutputStream().close(); // nothing on stdin: tools that read it see EOF
        } catch (IOException ignored) {
            // the process may already be gone; its exit status tells the story
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new RenderingFailed(step, sceneIndex, "'" + name + "' timed out after "
                        + timeout.toMillis() + " ms and was killed" + tailSuffix(err.finish()));
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new RenderingFailed(step, sceneIndex, "interrupted while waiting for '" + name + "'", e);
        }
        String stdout = out.finish();
        String stderr = err.finish();
        int exit = process.exitValue();
        LOG.log(System.Logger.Level.DEBUG, () -> name + " exited with " + exit + " after "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
        if (exit != 0) {
            throw new RenderingFailed(step, sceneIndex, "'" + name + "' exited with code " + exit + tailSuffix(stderr));
        }
        return new Result(stdout, stderr);
    }

    static String commandName(List<String> command) {
        String first = command.get(0);
        Path fileName = Path.of(first).getFileName();
        return fileName == null ? first : fileName.toString();
    }

    /** The last {@value #STDERR_TAIL_LINES} non-blank lines of {@code stderr}. */
    static String tail(String stderr) {
        List<String> lines = new ArrayList<>();
        for (String line : stderr.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - STDERR_TAIL_LINES), lines.size()));
    }

    private static String tailSuffix(String stderr) {
        String tail = tail(stderr);
        return tail.isEmpty() ? " (no stderr output)" : "; last stderr lines:\n" + tail;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drains a stream on its own thread, keeping only the last {@code max} bytes. */
    private static final class TailCapture {
        private final Thread thread;
        private final int max;
        private byte[] ring;
        private long total;

        TailCapture(InputStream in, int max, String name) {
            this.max = max;
            this.ring = new byte[Math.min(max, 8192)];
            this.thread = new Thread(() -> drain(in), "process-" + name);
            this.thread.setDaemon(true);
            this.thread.start();
        }

        private void drain(InputStream in) {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) != -1) {
                    append(buf, n);
                }
            } catch (IOException ignored) {
                // stream closed because the process was killed
            }
        }

        private synchronized void append(byte[] buf, int n) {
            for (int i = 0; i < n; i++) {
                if (total < max && total == ring.length) {
                    ring = Arrays.copyOf(ring, (int) Math.min(max, (long) ring.length * 2));
                }
                ring[(int) (total % ring.length)] = buf[i];
                total++;
            }
        }

        /** Waits briefly for the stream to end and returns what was captured (the tail if it overflowed). */
        String finish() {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                if (total <= ring.length) {
                    bytes.write(ring, 0, (int) total);
                } else {
                    int start = (int) (total % ring.length);
                    bytes.write(ring, start, ring.length - start);
                    bytes.write(ring, 0, start);
                }
                String text = bytes.toString(StandardCharsets.UTF_8);
                return total > ring.length ? "[... " + (total - ring.length) + " bytes dropped ...]\n" + text : text;
            }
        }
    }
}
