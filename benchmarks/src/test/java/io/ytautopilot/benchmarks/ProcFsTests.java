package io.ytautopilot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** /proc as this test's own JVM shows it. */
class ProcFsTests {
  private static final long SELF = ProcessHandle.current().pid();

  @Test
  void readsOneVariableOfTheEnvironmentTheProcessStartedWith() {
    assertThat(ProcFs.environment(SELF, "PATH")).hasValue(System.getenv("PATH"));
    // a name that is only the start of another variable's name is not that variable
    assertThat(ProcFs.environment(SELF, "PAT")).isEmpty();
  }

  @Test
  void countsTheCpuTimeOfEndedChildrenOnTopOfItsOwn() throws Exception {
    long before = ProcFs.cpuMillisWithChildren(SELF) - ProcFs.cpuMillis(SELF);
    // a child that burns CPU for a while and is waited for
    new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done").start().waitFor();

    long after = ProcFs.cpuMillisWithChildren(SELF) - ProcFs.cpuMillis(SELF);
    assertThat(after).isGreaterThan(before);
  }

  @Test
  void aProcessThatIsGoneHasNoEnvironmentAndNoCpuTime() throws Exception {
    var child = new ProcessBuilder("true").start();
    child.waitFor();

    assertThat(ProcFs.environment(child.pid(), "PATH")).isEmpty();
    assertThat(ProcFs.cpuMillisWithChildren(child.pid())).isZero();
  }
}
