package org.rano.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The floor that any JSON-in, JSON-out program pays, against which {@code rano score --ndjson} is
 * measured: reads NDJSON from standard input one line at a time, parses each line into a Jackson
 * tree ({@link ObjectMapper#readTree(String)}) and writes that tree back as one line to standard
 * output, buffered, and does nothing else. Blank lines are skipped; a line that is not JSON ends
 * the program with an exception (exit code 1).
 *
 * <p>Run from the benchmarks jar, whose main class is JMH's: {@code java -Xmx128m -cp
 * rano-examples/rano-benchmarks/target/rano-benchmarks.jar org.rano.bench.JacksonFloor <
 * cohort.ndjson > out.ndjson}. {@code e2e.sh} runs it side by side with {@code rano score --ndjson}
 * on the same file.
 */
public final class JacksonFloor {
  private static final int BUFFER = 1 << 16;

  private JacksonFloor() {}

  /**
   * Copies standard input to standard output through a Jackson tree per line.
   *
   * @param args ignored
   * @throws IOException if standard input cannot be read, a line is not JSON, or standard output
   *     cannot be written
   */
  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8),
            BUFFER);
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BUFFER);
    try (in;
        out;
        JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
      // one tree per line: no separator between root values but the line break written below
      generator.setRootValueSeparator(null);
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode tree = mapper.readTree(line);
        mapper.writeTree(generator, tree);
        generator.writeRaw('\n');
      }
    }
  }
}
