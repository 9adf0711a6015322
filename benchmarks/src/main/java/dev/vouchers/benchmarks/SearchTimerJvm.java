// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.benchmarks.SearchScale.Form;
import dev.vouchers.benchmarks.SearchScale.Settings;
import dev.vouchers.benchmarks.SearchScale.Timings;
import java.io.BufferedReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map;

/**
 * {@link SearchScale} times each size in a JVM of its own ({@link SearchTimer} connected to the
 * parent's database), so that no size is timed in the JVM that has just filled millions of rows;
 * this is the child's {@link #main} and the parent's side of it.
 */
public final class SearchTimerJvm {
  /** The line of one form's timings that the child prints and the parent reads. */
  static final String RESULT = "SEARCH-TIMINGS ";

  private SearchTimerJvm() {}

  /**
   * The child: connects to the parent's database on {@code --port=}, times every form and
   * prints each form's line ({@link #RESULT}, the form's index, the calls' rows, the sorted
   * client and server nanoseconds).
   *
   * @param args {@code --port=P --vouchers=N --orders=N} and the parent's options
   * @throws SQLException if a sample fails
   */
  public static void main(String[] args) throws SQLException {
    Options options = Options.of(args);
    int port = options.intValue("--port", 0);
    long vouchers = options.longValue("--vouchers", 0);
    long orders = options.longValue("--orders", 0);
    String[] rest = options.rest();
    try (BenchDatabase db = BenchDatabase.connect(port, 2)) {
      SearchTimer timer = new SearchTimer(db, Settings.parse(rest));
      Map<Form, Timings> timings = timer.timeAll(vouchers, orders);
      List<Form> forms = Form.all();
      for (Map.Entry<Form, Timings> entry : timings.entrySet()) {
        Timings t = entry.getValue();
        System.out.println(RESULT + forms.indexOf(entry.getKey()) + " " + t.hits() + " "
            + joined(t.sortedNanos()) + " " + joined(t.serverNanos()) + " "
            + joined(t.serverBlocks()));
      }
    }
  }

  private static String joined(long[] values) {
    StringBuilder out = new StringBuilder("n");
    for (long value : values) {
      out.append(',').append(value);
    }
    return out.toString();
  }

  /**
   * Times one size in a child JVM connected to {@code db}, echoing its output.
   *
   * @return the timings per form
   */
  static Map<Form, Timings> inChildJvm(BenchDatabase db, List<String> args, long vouchers,
      long orders) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), SearchTimerJvm.class.getName(),
        "--port=" + db.port().orElseThrow(), "--vouchers=" + vouchers, "--orders=" + orders));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Map<Form, Timings> timings = new LinkedHashMap<>();
    List<Form> forms = Form.all();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(RESULT)) {
          String[] parts = line.substring(RESULT.length()).split(" ");
          long[] client = parsed(parts[2]);
          timings.put(forms.get(Integer.parseInt(parts[0])), new Timings(client,
              parsed(parts[3]), parsed(parts[4]), Long.parseLong(parts[1]),
              client.length == 0 ? "no term with more than a page of hits" : ""));
        } else {
          System.out.println(line);
        }
      }
    }
    try {
      if (process.waitFor() != 0 || timings.size() != forms.size()) {
        throw new IllegalStateException("the timing JVM failed: exit " + process.exitValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return timings;
  }

  private static long[] parsed(String joined) {
    String[] values = joined.split(",");
    long[] out = new long[values.length - 1];
    for (int i = 1; i < values.length; i++) {
      out[i - 1] = Long.parseLong(values[i]);
    }
    return out;
  }
}
