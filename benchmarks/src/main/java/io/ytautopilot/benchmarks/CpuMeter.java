package io.ytautopilot.benchmarks;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time (user + system, from /proc) that each process involved spends during a benchmark window,
 * divided by the operations done in it: shows where an operation's time goes on a machine whose
 * cores everything shares.
 */
final class CpuMeter {
  /** CPU milliseconds per operation by process group (empty without operations), and how busy the whole machine was. */
  record Usage(Map<String, Double> cpuMsPerOperation, double machineBusyPercent) {}

  record Window(Map<String, Map<Long, Long>> cpuMillisByPid, long[] machineTicks) {}

  static final String LOAD_GENERATOR = "load generator";

  /** withChildren: count the programs a process ran and waited for (ffmpeg of production-service). */
  private record Group(Supplier<List<Long>> pids, boolean withChildren) {}

  private final Map<String, Group> groups = new LinkedHashMap<>();

  /**
   * The named services of the dev stack, then PostgreSQL (every backend; not the postmaster's ended
   * children, which would count them twice), Kafka, the registry and this load generator.
   */
  CpuMeter(Settings settings, List<String> services) {
    services.forEach(service -> groups.put(service, stackRole(settings, service)));
    groups.put("postgres", new Group(() -> ProcFs.pidsNamed("postgres"), false));
    groups.put("kafka", stackRole(settings, "kafka"));
    groups.put("registry", stackRole(settings, "registry"));
    groups.put(LOAD_GENERATOR, new Group(() -> List.of(ProcessHandle.current().pid()), false));
  }

  private static Group stackRole(Settings settings, String role) {
    return new Group(() -> StackProcesses.pid(settings, role).stream().toList(), true);
  }

  Window start() {
    return new Window(snapshot(), ProcFs.machineTicks());
  }

  /** Processes that started during the window count in full; processes that ended in it are lost. */
  Usage stop(Window window, long operations) {
    var now = snapshot();
    long[] machine = ProcFs.machineTicks();
    Map<String, Double> perOperation = new LinkedHashMap<>();
    now.forEach((group, pids) -> {
      long spent = 0;
      for (var entry : pids.entrySet()) {
        spent += entry.getValue() - window.cpuMillisByPid().getOrDefault(group, Map.of()).getOrDefault(entry.getKey(), 0L);
      }
      if (operations > 0) {
        perOperation.put(group, (double) spent / operations);
      }
    });
    long busy = machine[0] - window.machineTicks()[0];
    long total = machine[1] - window.machineTicks()[1];
    return new Usage(perOperation, 100.0 * busy / Math.max(1, total));
  }

  private Map<String, Map<Long, Long>> snapshot() {
    Map<String, Map<Long, Long>> byGroup = new LinkedHashMap<>();
    groups.forEach((name, group) -> {
      Map<Long, Long> cpu = new HashMap<>();
      for (long pid : group.pids().get()) {
        cpu.put(pid, group.withChildren() ? ProcFs.cpuMillisWithChildren(pid) : ProcFs.cpuMillis(pid));
      }
      byGroup.put(name, cpu);
    });
    return byGroup;
  }
}
