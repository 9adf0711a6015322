// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every SQL statement of the adapter is a text block next to the code that runs it (STYLE.md,
 * issue 14), never a chain of string literals: a statement reads as the database will see it,
 * with what varies (column lists derived once, the domain's status lists, a table of the outbox
 * stack, a count of marks) filled in by {@link String#formatted}. Short fragments of dynamic
 * statements (a keyset condition, a {@code WHEN} branch) stay ordinary strings; what must not be
 * one is a literal that starts a statement.
 */
class SqlTextBlocksTest {

  /**
   * What a statement starts with (the adapter writes SQL keywords in capitals; a lower-case
   * "update subscription" is a transaction's description), possibly inside a parenthesis.
   */
  private static final Pattern STATEMENT = Pattern.compile(
      "^\\(?\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|MERGE|COPY|SET)\\b");

  @Test
  void everyStatementOfTheAdapterIsATextBlock() throws IOException {
    Path sources = Path.of("src/main/java/dev/vouchers/jdbc");
    assertThat(sources).isDirectory();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(files).contains(sources.resolve("VoucherMoves.java"));
    List<String> found = new ArrayList<>();
    int textBlocks = 0;
    for (Path file : files) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      found.addAll(statementLiterals(file.getFileName().toString(), source));
      textBlocks += textBlocks(source);
    }
    assertThat(found).isEmpty();
    // the statements are there, as text blocks: the redemption's, the sweeps', the outbox's...
    assertThat(textBlocks).isGreaterThan(100);
  }

  @Test
  void theScanFindsAStatementInAStringLiteralAndNotInATextBlockOrComment() {
    String source = """
        class A {
          // "SELECT in a comment"
          /* "UPDATE in a block comment" */
          static final String B = \"""
              SELECT 1 FROM b\""";
          static final String C = "SELECT " + COLUMNS + " FROM c";
          static final String D = "(SELECT id FROM d)";
          static final String E = " AND placed_at <= ?" + "update subscription " + " with ";
          static final char F = '"';
          static final String G = "say \\"UPDATE\\" " + "WITH x AS (y)";
        }
        """;
    assertThat(statementLiterals("A.java", source)).containsExactly(
        "A.java:6: \"SELECT \"", "A.java:7: \"(SELECT id FROM d)\"",
        "A.java:10: \"WITH x AS (y)\"");
    assertThat(textBlocks(source)).isEqualTo(1);
  }

  /** The ordinary string literals of {@code source} that start a statement, with their line. */
  private static List<String> statementLiterals(String file, String source) {
    List<String> found = new ArrayList<>();
    scan(source, (line, literal) -> {
      if (STATEMENT.matcher(literal.strip()).find()) {
        found.add(file + ":" + line + ": \"" + literal + "\"");
      }
    });
    return found;
  }

  private static int textBlocks(String source) {
    int[] count = {0};
    scan(source, (line, literal) -> {}, () -> count[0]++);
    return count[0];
  }

  private interface Literal {
    void found(int line, String content);
  }

  private static void scan(String source, Literal literal) {
    scan(source, literal, () -> {});
  }

  /** A small Java lexer: comments, character literals, text blocks and string literals. */
  private static void scan(String source, Literal literal, Runnable textBlock) {
    int line = 1;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        i = source.indexOf('\n', i);
        i = i < 0 ? source.length() : i;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2) + 2;
        line += newlines(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        while (source.charAt(end - 1) == '\\') {
          end = source.indexOf("\"\"\"", end + 1);
        }
        end += 3;
        line += newlines(source, i, end);
        textBlock.run();
        i = end;
      } else if (c == '\'' || c == '"') {
        int end = i + 1;
        while (source.charAt(end) != c) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          literal.found(line, source.substring(i + 1, end));
        }
        i = end + 1;
      } else {
        i++;
      }
    }
  }

  private static int newlines(String source, int from, int to) {
    return (int) source.substring(from, to).chars().filter(ch -> ch == '\n').count();
  }
}
