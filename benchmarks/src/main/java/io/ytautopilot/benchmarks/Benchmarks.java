package io.ytautopilot.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * benchmarks/run calls this once per step, each step leaving its figures in target/parts/:
 * <ol>
 *   <li>footprint: B5 start-up time and RSS of every process of the running dev stack;
 *   <li>measure: the baselines, B2, B1 and B3 (production-service stopped by the script);
 *   <li>skip-downstream SERVICE: the service's consumer group skips the run's records (production-service
 *       before it starts again for B4, publish-service after B4);
 *   <li>pipeline: B4 (production-service with instant settings, publish-service stopped, by the script);
 *   <li>report: the table on stdout, target/benchmarks.md and target/benchmarks.json.
 * </ol>
 */
public final class Benchmarks {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String USAGE =
      "usage: Benchmarks footprint|measure|skip-downstream SERVICE|pipeline|report [--name=value ...]";

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      fail(USAGE);
    }
    String step = args[0];
    // skip-downstream names its service; every other argument is a setting
    int firstSetting = step.equals("skip-downstream") ? 2 : 1;
    if (args.length < firstSetting) {
      fail(USAGE);
    }
    var settings = Settings.from(Arrays.copyOfRange(args, firstSetting, args.length));
    Path parts = settings.partsDir();
    Files.createDirectories(parts);
    switch (step) {
      case "footprint" -> write(parts.resolve("footprint-start.json"), Footprint.measure(settings));
      case "measure" -> write(parts.resolve("measure.json"), new Measurement(settings, JSON).run());
      case "skip-downstream" -> write(parts.resolve("downstream-" + args[1] + ".json"),
          DownstreamOffsets.skipToEnd(settings, DownstreamOffsets.Downstream.of(args[1])));
      case "pipeline" -> write(parts.resolve("pipeline.json"), new WholePipeline(settings, JSON).run());
      case "report" -> report(settings);
      default -> fail(USAGE);
    }
    // the Kafka and HTTP clients leave non-daemon threads behind
    System.exit(0);
  }

  private static void report(Settings settings) throws IOException {
    Path parts = settings.partsDir();
    var document = Report.build(
        JSON.readValue(parts.resolve("measure.json").toFile(), Measurement.Result.class),
        JSON.readValue(parts.resolve("footprint-start.json").toFile(), Footprint.class),
        readIfThere(parts.resolve("pipeline.json"), WholePipeline.Result.class),
        readIfThere(parts.resolve("downstream-production-service.json"), DownstreamOffsets.Skipped.class),
        readIfThere(parts.resolve("downstream-publish-service.json"), DownstreamOffsets.Skipped.class),
        StackProcesses.pid(settings, "production-service").isPresent());
    String markdown = Report.markdown(document);
    write(settings.targetDir().resolve("benchmarks.json"), document);
    Files.writeString(settings.targetDir().resolve("benchmarks.md"), markdown);
    System.out.print(markdown);
  }

  /** A step's figures, or null where the step did not run (or failed). */
  private static <T> T readIfThere(Path file, Class<T> type) throws IOException {
    return Files.exists(file) ? JSON.readValue(file.toFile(), type) : null;
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(2);
  }

  private static void write(Path file, Object value) throws IOException {
    JSON.writeValue(file.toFile(), value);
  }
}
