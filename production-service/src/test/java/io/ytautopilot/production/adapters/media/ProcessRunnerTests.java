package io.ytautopilot.production.adapters.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ytautopilot.production.domain.RenderingFailed;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessRunnerTests {

    @Test
    void capturesStdout() {
        var result = new ProcessRunner(Duration.ofSeconds(10)).run("test", null, List.of("echo", "hello", "world"), null);

        assertThat(result.stdout()).isEqualTo("hello world\n");
    }

    @Test
    void argumentsAreNotInterpretedByAShell() {
        var result = new ProcessRunner(Duration.ofSeconds(10))
                .run("test", null, List.of("echo", "$HOME; rm -rf / `id`"), null);

        assertThat(result.stdout()).isEqualTo("$HOME; rm -rf / `id`\n");
    }

    @Test
    void nonZeroExitFailsWithCommandNameAndStderrTail() {
        ProcessRunner runner = new ProcessRunner(Duration.ofSeconds(10));

        assertThatThrownBy(() -> runner.run("scene-clip", 4, List.of("/bin/ls", "/nonexistent-dir-xyz"), null))
                .isInstanceOfSatisfying(RenderingFailed.class, e -> {
                    assertThat(e.step()).isEqualTo("scene-clip");
                    assertThat(e.sceneIndex()).hasValue(4);
                })
                .hasMessageContaining("Rendering step 'scene-clip' failed for scene 4")
                .hasMessageContaining("'ls' exited with code")
                .hasMessageContaining("last stderr lines")
                .hasMessageContaining("nonexistent-dir-xyz");
    }

    @Test
    void aCommandThatCannotStartFails() {
        ProcessRunner runner = new ProcessRunner(Duration.ofSeconds(10));

        assertThatThrownBy(() -> runner.run("narration", 1, List.of("no-such-binary-xyz"), null))
                .isInstanceOf(RenderingFailed.class)
                .hasMessageContaining("could not start 'no-such-binary-xyz'");
    }

    @Test
    void aCommandThatTakesTooLongIsKilled() {
        ProcessRunner runner = new ProcessRunner(Duration.ofMillis(300));
        long start = System.nanoTime();

        assertThatThrownBy(() -> runner.run("scene-clip", 2, List.of("sleep", "30"), null))
                .isInstanceOf(RenderingFailed.class)
                .hasMessageContaining("'sleep' timed out after 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void captureIsBoundedAndKeepsTheTail() {
        var result = new ProcessRunner(Duration.ofSeconds(10), 1024)
                .run("test", null, List.of("seq", "1", "100000"), null);

        assertThat(result.stdout()).startsWith("[... ").contains("bytes dropped").endsWith("99999\n100000\n");
        assertThat(result.stdout().length()).isLessThan(1100);
    }

    @Test
    void tailKeepsTheLastNonBlankLines() {
        StringBuilder stderr = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            stderr.append("line ").append(i).append("\n\n");
        }

        assertThat(ProcessRunner.tail(stderr.toString()).lines()).hasSize(12).startsWith("line 19").endsWith("line 30");
    }
}
