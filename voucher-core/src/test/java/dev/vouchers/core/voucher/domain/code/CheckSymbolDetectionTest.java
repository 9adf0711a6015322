// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.CodeProblem;
import dev.vouchers.core.kernel.Entropy;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End-to-end detection of typing errors through {@link CodeFormat#parse} (rule C-3). */
class CheckSymbolDetectionTest {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int CODES = 10_000;

  @Test
  void checkSymbolCatchesEverySingleSubstitutionAndAdjacentTransposition_C3() {
    CodeFormat format = CodeFormat.defaults();
    List<VoucherCode> codes = new CodeGenerator(format, Entropy.secure()).next(CODES);
    List<String> undetected = new ArrayList<>();
    long substitutions = 0;
    long transpositions = 0;
    for (VoucherCode code : codes) {
      char[] symbols = code.reveal().toCharArray();
      assertThat(symbols).hasSize(20);
      assertThat(format.parse(new String(symbols))).isEqualTo(Either.right(code));
      // every single-symbol substitution, check symbol included
      for (int position = 0; position < symbols.length; position++) {
        char original = symbols[position];
        for (int s = 0; s < ALPHABET.length(); s++) {
          char replacement = ALPHABET.charAt(s);
          if (replacement == original) {
            continue;
          }
          symbols[position] = replacement;
          if (!rejectedByCheckSymbol(format.parse(new String(symbols)))) {
            undetected.add("substitution at " + position);
          }
          substitutions++;
        }
        symbols[position] = original;
      }
      // every adjacent transposition of distinct symbols, incl. last random / check symbol
      for (int position = 0; position + 1 < symbols.length; position++) {
        char left = symbols[position];
        char right = symbols[position + 1];
        if (left == right) {
          continue;
        }
        symbols[position] = right;
        symbols[position + 1] = left;
        if (!rejectedByCheckSymbol(format.parse(new String(symbols)))) {
          undetected.add("transposition at " + position);
        }
        transpositions++;
        symbols[position] = left;
        symbols[position + 1] = right;
      }
    }
    assertThat(undetected).isEmpty();
    assertThat(substitutions).isEqualTo((long) CODES * 20 * 31);
    // at most 19 pairs per code; equal neighbours (p = 1/32) are skipped
    assertThat(transpositions).isBetween((long) CODES * 17, (long) CODES * 19);
  }

  private static boolean rejectedByCheckSymbol(Either<CodeProblem, VoucherCode> result) {
    return result.isLeft() && result.getLeft().kind() == CodeProblem.Kind.CHECK_SYMBOL_MISMATCH;
  }

  @Test
  void withoutCheckSymbolATypoIsNotDetected_C3Configurable() {
    CodeFormat format = CodeFormat.of("", 20, List.of(5, 5, 5, 5), false).get();
    VoucherCode code = new CodeGenerator(format, Entropy.secure()).next();
    char[] symbols = code.reveal().toCharArray();
    symbols[3] = symbols[3] == 'A' ? 'B' : 'A';
    assertThat(format.parse(new String(symbols)).isRight()).isTrue();
  }
}
