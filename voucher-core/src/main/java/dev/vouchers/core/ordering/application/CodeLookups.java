// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.CodeProblem;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.OrderingSettings;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.domain.LinkToken;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.out.CodeAttempts;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * C-4, C-5, G-1, G-2, G-4: the one home of how a voucher is found from what a caller typed or
 * followed: by id, by typed code (parsed once, in the native format and each declared import
 * format, digested under every key of the ring) or by link token, each look-up by code or link
 * counted against the caller's attempt limit, and unknown, cancelled and expired codes given
 * one answer.
 */
record CodeLookups(
    Basics basics,
    OrderingSettings settings,
    Vouchers vouchers,
    CodeVault vault,
    CodeAttempts attempts) {

  /** C-5: the one answer for unknown, cancelled and expired codes. */
  static final String NOT_REDEEMABLE = "this code cannot be used: check it or ask the seller";

  /**
   * C-5: the code's display form for a viewer allowed to see it, if the programme keeps codes
   * retrievable.
   */
  Optional<String> display(StoredCode code) {
    // M-1: a native code in the native display form; an imported one as its canonical symbols
    CodeFormat format = settings().codeFormat();
    return vault.openSymbols(code).map(symbols -> format.displayed(symbols).orElse(symbols));
  }

  /**
   * Finds a voucher the principal may act on. By id: a missing voucher and another partner's
   * voucher get the same answer. By code: a malformed code is refused before storage
   * is touched (C-4); unknown, cancelled and expired codes get one answer (C-5). By link: only
   * the link of the voucher's current assignment finds it, and a dead link gets the answer of
   * an unknown code (G-2, C-5).
   */
  Either<Refusal, Voucher> resolve(
      Actor principal, VoucherRef ref, BiPredicate<Actor, Voucher> allowed) {
    if (ref instanceof VoucherRef.ById byId) {
      if (principal instanceof Actor.CodeHolder) {
        // A-1, C-5: an end customer names a voucher by its code, never by id
        return Either.left(Refusal.notFound("voucher"));
      }
      return vouchers.voucher(byId.id())
          .filter(v -> allowed.test(principal, v))
          .<Either<Refusal, Voucher>>map(Either::right)
          .orElseGet(() -> Either.left(Refusal.notFound("voucher")));
    }
    if (ref instanceof VoucherRef.ByLink byLink) {
      // G-2: a dead, malformed or unknown link answers like an unknown code (C-5)
      return attempt(byLink.caller(), () -> LinkToken.parse(byLink.token())
          .flatMap(token -> linkDigests(token).stream()
              .map(digest -> vouchers.voucherByLink(digest).filter(v ->
                  v.assignment().flatMap(Assignment::link).equals(Optional.of(digest))))
              .flatMap(Optional::stream).findFirst())
          .filter(v -> allowed.test(principal, v) && !unusable(v))
          .<Either<Refusal, Voucher>>map(Either::right)
          .orElseGet(() -> Either.left(
              Refusal.of(ReasonCode.CODE_NOT_REDEEMABLE, NOT_REDEEMABLE))));
    }
    VoucherRef.ByCode byCode = (VoucherRef.ByCode) ref;
    return attempt(byCode.caller(), () -> digests(byCode.typed())
        .flatMap(digests -> byDigests(principal, digests, allowed)));
  }

  /**
   * C-4, C-5: the voucher a typed code's {@link #digests} find, if the principal may act on
   * it and it is usable; unknown, cancelled and expired codes get one answer. For a caller
   * that parsed the code already (the redemption's second look, which says why the one-step
   * write wrote nothing).
   */
  Either<Refusal, Voucher> byDigests(Actor principal, List<CodeDigest> digests,
      BiPredicate<Actor, Voucher> allowed) {
    Optional<Voucher> found = voucherByCode(digests).filter(v -> allowed.test(principal, v));
    if (found.isEmpty() || unusable(found.get())) {
      return Either.left(Refusal.of(ReasonCode.CODE_NOT_REDEEMABLE, NOT_REDEEMABLE));
    }
    return Either.right(found.get());
  }

  /**
   * C-4, G-4: the one place a typed code becomes the digests it is looked up by: its digest
   * under each key of the ring, current first (ADR 0051). Stores look them up in one query.
   */
  List<CodeDigest> codeDigests(VoucherCode code) {
    return vault.digests(code);
  }

  /** G-2: the keyed digest an assignment keeps of its link token. */
  CodeDigest linkDigest(LinkToken token) {
    return vault.digestSecret(LinkToken.DIGEST_PURPOSE, token.value());
  }

  /** G-2, G-4: the digests a link token may be kept under, current key first. */
  List<CodeDigest> linkDigests(LinkToken token) {
    return vault.secretDigests(LinkToken.DIGEST_PURPOSE, token.value());
  }

  /** G-2, G-4: whether a kept link digest is the token's, under any key of the ring. */
  boolean linkMatches(CodeDigest kept, LinkToken token) {
    return vault.secretMatches(kept, LinkToken.DIGEST_PURPOSE, token.value());
  }

  /**
   * G-1: one code attempt of the caller. It is counted before the code is parsed or storage
   * asked, so that concurrent attempts never pass the limit together; a key at its limit is
   * refused without either, with the same answer for every code (C-5). An attempt that found
   * a usable code is taken back: successful attempts do not count.
   */
  <T> Either<Refusal, T> attempt(CallerKey caller, Supplier<Either<Refusal, T>> attempt) {
    Optional<Instant> refusedUntil = attempts.count(caller, now(), settings().attemptLimit());
    if (refusedUntil.isPresent()) {
      return Either.left(new Refusal(List.of(tooManyAttempts(refusedUntil.get()))));
    }
    Either<Refusal, T> result = attempt.get();
    if (result.isRight()) {
      attempts.forgive(caller, now());
    }
    return result;
  }

  /** G-1: the refusal of a caller key at its limit, with the instant it may try again. */
  static Reason tooManyAttempts(Instant retryAfter) {
    return Reason.of(ReasonCode.TOO_MANY_ATTEMPTS,
            "too many failed code attempts from this caller; try again after " + retryAfter)
        .with("time", retryAfter);
  }

  /**
   * C-4, M-1, G-4: the one step from a typed code to the digests it is looked up by: the
   * native format's canonical form first, then its canonical form in each declared import
   * format (ADR 0053), each under every key of the ring, current key first (ADR 0051). A code
   * that no format accepts is refused with the native format's problem, never echoing the
   * code.
   */
  Either<Refusal, List<CodeDigest>> digests(String typed) {
    Either<CodeProblem, VoucherCode> parsed = settings().codeFormat().parse(typed);
    List<CodeDigest> digests = new ArrayList<>(1 + settings().importFormats().size());
    parsed.forEach(code -> digests.addAll(codeDigests(code)));
    for (ImportFormat format : settings().importFormats()) {
      format.parse(typed).map(vault::digests).forEach(under -> under.forEach(digest -> {
        if (!digests.contains(digest)) {
          digests.add(digest);
        }
      }));
    }
    if (digests.isEmpty()) {
      return Either.left(Refusal.of(ReasonCode.MALFORMED_CODE, parsed.getLeft().message()));
    }
    return Either.right(digests);
  }

  /** C-4, M-1, G-4: the voucher one of the {@link #digests} finds, in one query. */
  Optional<Voucher> voucherByCode(List<CodeDigest> digests) {
    return vouchers.voucherByCode(digests);
  }

  /** C-4: normalise and check; the problem as a refusal that never echoes the code. */
  Either<Refusal, VoucherCode> parse(String typed) {
    Either<CodeProblem, VoucherCode> parsed = settings().codeFormat().parse(typed);
    return parsed.mapLeft(problem -> Refusal.of(ReasonCode.MALFORMED_CODE, problem.message()));
  }

  /** C-5: cancelled and expired (also not yet swept) vouchers answer like unknown codes. */
  boolean unusable(Voucher voucher) {
    return voucher.statusAt(now()).isFinal(); // EXPIRED, CANCELLED: no move leaves them (V-1)
  }

  private Instant now() {
    return basics.now();
  }
}
