// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.vouchers.core.kernel.CodeProblem;
import dev.vouchers.core.kernel.Crockford;
import dev.vouchers.core.kernel.Entropy;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code format validation, parsing and display (rules C-2, C-3, C-4). */
class CodeFormatTest {

  private static final String SYMBOL = "[0-9A-HJKMNP-TV-Z]";

  @Test
  void defaultsAre19RandomSymbolsPlusCheckSymbolInFiveGroupsOfFour_C3() {
    CodeFormat format = CodeFormat.defaults();
    assertThat(format.prefix()).isEmpty();
    assertThat(format.randomSymbols()).isEqualTo(19);
    assertThat(format.randomBits()).isEqualTo(95).isGreaterThanOrEqualTo(80);
    assertThat(format.checkSymbol()).isTrue();
    assertThat(format.groups()).containsExactly(4, 4, 4, 4, 4);
    assertThat(format.length()).isEqualTo(20);
    VoucherCode code = new CodeGenerator(format, Entropy.secure()).next();
    assertThat(format.format(code)).matches(SYMBOL + "{4}(-" + SYMBOL + "{4}){4}");
  }

  @Test
  void validationAccumulatesAllViolations_C2_C3() {
    Validation<Seq<String>, CodeFormat> result = CodeFormat.of("VU", 15, List.of(4, 4, 4), true);
    assertThat(result.isInvalid()).isTrue();
    Seq<String> errors = result.getError();
    assertThat(errors.toJavaList()).hasSize(3);
    assertThat(errors.toJavaList())
        .anySatisfy(e -> assertThat(e).contains("80 random bits"))
        .anySatisfy(e -> assertThat(e).contains("sum to 16"))
        .anySatisfy(e -> assertThat(e).contains("prefix").contains("'U'"));
  }

  @Test
  void validationReportsTooManySymbolsAndEmptyGroupsAndNonCanonicalPrefix_C3() {
    List<Integer> groups = new ArrayList<>(List.of(60, 0, 5));
    assertThat(CodeFormat.of("ab", 65, groups, true).getError().toJavaList())
        .hasSize(4)
        .anySatisfy(e -> assertThat(e).contains("at most 64"))
        .anySatisfy(e -> assertThat(e).contains("group 2 has size 0"))
        .anySatisfy(e -> assertThat(e).contains("sum to 66"))
        .anySatisfy(e -> assertThat(e).contains("'a'").contains("'b'"));
    assertThat(CodeFormat.of("", 19, List.of(4, 4, 4, 4, 4, 0), true).getError().toJavaList())
        .containsExactly("every group needs at least 1 symbol, but group 6 has size 0");
  }

  @Test
  void sixteenRandomSymbolsGive80BitsAndAreAccepted_C2() {
    Validation<Seq<String>, CodeFormat> result = CodeFormat.of("", 16, List.of(4, 4, 4, 4, 1), true);
    assertThat(result.isValid()).isTrue();
    assertThat(result.get().randomBits()).isEqualTo(80);
    assertThat(CodeFormat.of("", 16, List.of(16), false).isValid()).isTrue();
    assertThat(CodeFormat.of("", 64, List.of(64, 1), true).isValid()).isTrue();
  }

  @Test
  void everyAcceptedFormatHasAtLeast80RandomBits_C2() {
    qt().forAll(integers().between(-5, 80), integers().between(1, 9), booleans().all())
        .checkAssert(
            (symbols, groupSize, check) -> {
              Validation<Seq<String>, CodeFormat> result =
                  CodeFormat.of("", symbols, chunks(symbols + (check ? 1 : 0), groupSize), check);
              assertThat(result.isValid()).isEqualTo(symbols >= 16 && symbols <= 64);
              result.forEach(format -> assertThat(format.randomBits()).isGreaterThanOrEqualTo(80));
            });
  }

  static List<Integer> chunks(int total, int size) {
    List<Integer> groups = new ArrayList<>();
    for (int left = total; left > 0; left -= size) {
      groups.add(Math.min(size, left));
    }
    return groups;
  }

  @Test
  void constructorThrowsOnTheSameViolations_C2() {
    assertThatThrownBy(() -> new CodeFormat("VU", 15, List.of(4, 4, 4), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("80 random bits")
        .hasMessageContaining("sum to 16")
        .hasMessageContaining("'U'");
  }

  @Test
  void groupsAreCopiedAndImmutable() {
    List<Integer> groups = new ArrayList<>(List.of(10, 10));
    CodeFormat format = new CodeFormat("", 19, groups, true);
    groups.set(0, 1);
    assertThat(format.groups()).containsExactly(10, 10);
    assertThatThrownBy(() -> format.groups().add(1)).isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * S-1, M-1: {@link CodeFormat#displayed} shows opened symbols as {@link CodeFormat#parse}
   * followed by {@link CodeFormat#format} would, exactly when parsing gives them back unchanged:
   * over codes of formats with and without prefix and check symbol, and the same codes with a
   * symbol replaced (lower case, I, L, O, a hyphen, another symbol), cut short or lengthened.
   */
  @Test
  void displayedIsTheFormatOfWhatParsesBackUnchanged_S1_M1() {
    List<CodeFormat> formats = List.of(CodeFormat.defaults(),
        new CodeFormat("VX", 16, List.of(8, 8), false),
        new CodeFormat("", 20, List.of(5, 5, 5, 6), true));
    String replacements = "0Z7abILOU-* ";
    qt().forAll(integers().between(0, formats.size() - 1), integers().all(),
            integers().between(0, 3))
        .checkAssert((which, seed, change) -> {
          CodeFormat format = formats.get(which);
          java.util.Random random = new java.util.Random(seed);
          String symbols = new CodeGenerator(format, Entropy.secure()).next().reveal();
          int at = random.nextInt(symbols.length());
          String tried = switch (change) {
            case 0 -> symbols;
            case 1 -> symbols.substring(0, at)
                + replacements.charAt(random.nextInt(replacements.length()))
                + symbols.substring(at + 1);
            case 2 -> symbols.substring(0, at);
            default -> symbols + Crockford.symbolOf(random.nextInt(32));
          };
          Either<CodeProblem, VoucherCode> parsed = format.parse(tried);
          java.util.Optional<String> expected = parsed.isRight()
              && parsed.get().reveal().equals(tried)
              ? java.util.Optional.of(format.format(parsed.get())) : java.util.Optional.empty();
          assertThat(format.displayed(tried)).as(tried).isEqualTo(expected);
          if (change == 0) {
            assertThat(expected).isPresent();
          }
        });
  }

  @Test
  void parsesItsOwnDisplayFormAndCanonicalForm_C4() {
    CodeFormat format = CodeFormat.defaults();
    for (VoucherCode code : new CodeGenerator(format, Entropy.secure()).next(1_000)) {
      assertThat(format.parse(format.format(code))).isEqualTo(Either.right(code));
      assertThat(format.parse(code.reveal())).isEqualTo(Either.right(code));
    }
  }

  @Test
  void aCodeTypedWithCaseSeparatorAndLookAlikeVariationsParsesToTheSameCode_C4() {
    CodeFormat format = CodeFormat.defaults();
    String[] ones = {"i", "I", "l", "L"};
    String[] zeros = {"o", "O"};
    int variants = 0;
    for (VoucherCode code : new CodeGenerator(format, Entropy.secure()).next(2_000)) {
      String display = format.format(code);
      StringBuilder typed = new StringBuilder();
      for (int i = 0; i < display.length(); i++) {
        char c = display.charAt(i);
        int pick = (i + variants) % 4;
        if (c == '1') {
          typed.append(ones[pick]);
          variants++;
        } else if (c == '0') {
          typed.append(zeros[pick % 2]);
          variants++;
        } else if (c == '-') {
          typed.append(pick == 0 ? " " : pick == 1 ? "" : pick == 2 ? " - " : "\t");
        } else {
          typed.append(pick % 2 == 0 ? Character.toLowerCase(c) : c);
        }
      }
      String input = "  " + typed + " ";
      assertThat(format.parse(input)).as("typed variant").isEqualTo(Either.right(code));
      assertThat(format.parse(display.toLowerCase(java.util.Locale.ROOT))).isEqualTo(Either.right(code));
    }
    assertThat(variants).as("look-alikes exercised").isGreaterThan(100);
  }

  @Test
  void prefixIsShownWithAHyphenAndRequiredWhenParsing_C3() {
    CodeFormat format = CodeFormat.of("VCH", 16, List.of(6, 6, 5), true).get();
    assertThat(format.length()).isEqualTo(20);
    VoucherCode code = new CodeGenerator(format, Entropy.secure()).next();
    String display = format.format(code);
    assertThat(display).matches("VCH-" + SYMBOL + "{6}-" + SYMBOL + "{6}-" + SYMBOL + "{5}");
    assertThat(code.reveal()).startsWith("VCH").hasSize(20);
    assertThat(format.parse("vch " + display.substring(4).toLowerCase(java.util.Locale.ROOT)))
        .isEqualTo(Either.right(code));
    Either<CodeProblem, VoucherCode> withoutPrefix = format.parse(display.substring(4));
    assertThat(withoutPrefix.getLeft().kind()).isEqualTo(CodeProblem.Kind.WRONG_PREFIX);
    Either<CodeProblem, VoucherCode> otherPrefix = format.parse("VCX" + display.substring(3));
    assertThat(otherPrefix.getLeft().kind()).isEqualTo(CodeProblem.Kind.WRONG_PREFIX);
  }

  @Test
  void wrongLengthIsReportedBeforeTheCheckSymbol_C4() {
    CodeFormat format = CodeFormat.defaults();
    String canonical = new CodeGenerator(format, Entropy.secure()).next().reveal();
    CodeProblem shorter = format.parse(canonical.substring(1)).getLeft();
    assertThat(shorter.kind()).isEqualTo(CodeProblem.Kind.WRONG_LENGTH);
    assertThat(shorter.message()).contains("20").contains("19");
    assertThat(format.parse(canonical + "0").getLeft().kind())
        .isEqualTo(CodeProblem.Kind.WRONG_LENGTH);
  }

  @Test
  void problemMessagesNeverEchoTheTypedCode_C2_C4() {
    CodeFormat format = CodeFormat.of("VCH", 19, List.of(4, 4, 4, 4, 4), true).get();
    for (VoucherCode code : new CodeGenerator(format, Entropy.secure()).next(200)) {
      String canonical = code.reveal();
      String mistyped =
          canonical.substring(0, 10)
              + (canonical.charAt(10) == 'A' ? 'B' : 'A')
              + canonical.substring(11);
      List<String> inputs =
          List.of(
              mistyped,
              canonical.substring(3),
              canonical.substring(0, 22),
              canonical + "X",
              canonical.substring(0, 12) + "U" + canonical.substring(12));
      for (String input : inputs) {
        CodeProblem problem = format.parse(input).getLeft();
        for (int i = 0; i + 6 <= input.length(); i++) {
          assertThat(problem.message()).doesNotContain(input.substring(i, i + 6));
        }
      }
    }
  }

  @Test
  void formatRejectsCodesOfAnotherFormat() {
    CodeFormat format = CodeFormat.defaults();
    VoucherCode other =
        new CodeGenerator(CodeFormat.of("", 24, List.of(5, 5, 5, 5, 5), true).get(), Entropy.secure())
            .next();
    assertThatThrownBy(() -> format.format(other)).isInstanceOf(IllegalArgumentException.class);
  }
}
