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
 *   <li>skip-downstream: production-service's consumer group skips the run's records;
 *   <li>report: the table on stdout, target/benchmarks.md and target/benchmarks.json.
 * </ol>
 */
public final class Benchmarks {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: Benchmarks footprint|measure|skip-downstream|report [--name=value ...]");
      System.exit(2);
    }
    var settings = Settings.from(Arrays.copyOfRange(args, 1, args.length));
    Path parts = settings.partsDir();
    Files.createDirectories(parts);
    switch (args[0]) {
      case "footprint" -> write(parts.resolve("footprint-start.json"), Footprint.measure(settings));
      case "measure" -> write(parts.resolve("measure.json"), new Measurement(settings, JSON).run());
      case "skip-downstream" -> write(parts.resolve("downstream.json"), DownstreamOffsets.skipToEnd(settings));
      case "report" -> report(settings);
      default -> throw new IllegalArgumentException("unknown step " + args[0]);
    }
    // the Kafka and HTTP clients leave non-daemon threads behind
    System.exit(0);
  }

  private static void report(Settings settings) throws IOException {
    Path parts = settings.partsDir();
    Path downstream = parts.resolve("downstream.json");
    var document = Report.build(
        JSON.readValue(parts.resolve("measure.json").toFile(), Measurement.Result.class),
        JSON.readValue(parts.resolve("footprint-start.json").toFile(), Footprint.class),
        Files.exists(downstream) ? JSON.readValue(downstream.toFile(), DownstreamOffsets.Skipped.class) : null,
        StackProcesses.pid(settings, "production-service").isPresent());
    String markdown = Report.markdown(document);
    write(settings.targetDir().resolve("benchmarks.json"), document);
    Files.writeString(settings.targetDir().resolve("benchmarks.md"), markdown);
    System.out.print(markdown);
  }

  private static void write(Path file, Object value) throws IOException {
    JSON.writeValue(file.toFile(), value);
  }
}
