// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The invitation as a value: its moves, expiry and token (I-1, I-2). */
class InvitationTest {
  private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
  private static final Duration DAYS_30 = Duration.ofDays(30);
  private static final PartnerId ACME = new PartnerId("acme");
  private static final Actor ADMIN =
      new Actor.PartnerUser(new UserId("alice"), ACME, PartnerRole.ADMIN);
  private static final CodeVault VAULT = CodeVault.withRandomKeys();

  private static CodeDigest digest(String token) {
    return VAULT.digestSecret("invitation", token);
  }

  private static Invitation pending() {
    return Invitation.invite(new InvitationId("inv-1"), ACME, new EmailAddress("b@example.com"),
        SubAccountType.STANDARD, "hi", digest("first"), ADMIN, T0, DAYS_30).invitation();
  }

  @Test
  void onlyPendingMovesAndOnlyToTheBriefsStatuses_I2() {
    assertThat(EnumSet.allOf(InvitationStatus.class)).filteredOn(InvitationStatus.PENDING::canMoveTo)
        .containsExactlyInAnyOrder(InvitationStatus.values());
    for (InvitationStatus end : EnumSet.complementOf(EnumSet.of(InvitationStatus.PENDING))) {
      assertThat(EnumSet.allOf(InvitationStatus.class)).noneMatch(end::canMoveTo);
      assertThat(end.isFinal()).isTrue();
    }
    assertThat(InvitationStatus.PENDING.isFinal()).isFalse();
  }

  @Test
  void aNewInvitationIsPendingValidForThirtyDaysWithItsSentEntry_I1() {
    InvitationCreated created = Invitation.invite(new InvitationId("inv-1"), ACME,
        new EmailAddress("b@example.com"), SubAccountType.ENTERPRISE, "", digest("t"), ADMIN,
        T0, DAYS_30);
    Invitation invitation = created.invitation();
    assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
    assertThat(invitation.expiresAt()).isEqualTo(T0.plus(DAYS_30));
    assertThat(invitation.invitedBy()).isEqualTo(ADMIN.describe());
    assertThat(invitation.version()).isZero();
    assertThat(created.entry().from()).isEmpty();
    assertThat(created.entry().to()).isEqualTo(InvitationStatus.PENDING);
    assertThat(created.entry().data()).containsEntry("type", "ENTERPRISE")
        .containsEntry("recipient", "b@example.com");
  }

  @Test
  void expiryIsVisibleToTheInstantBeforeAnyoneWritesIt_I2() {
    Invitation invitation = pending();
    Instant expiry = T0.plus(DAYS_30);
    assertThat(invitation.statusAt(expiry.minusNanos(1))).isEqualTo(InvitationStatus.PENDING);
    assertThat(invitation.statusAt(expiry)).isEqualTo(InvitationStatus.EXPIRED);
    assertThat(invitation.isDue(expiry)).isTrue();
  }

  @Test
  void aResendReplacesTokenSentTimeAndExpiry_I2() {
    Invitation invitation = pending();
    Instant later = T0.plus(Duration.ofDays(12));
    InvitationMove move = invitation.resend(digest("second"), ADMIN, later, DAYS_30).get();
    assertThat(move.after().token()).isEqualTo(digest("second"));
    assertThat(move.after().sentAt()).isEqualTo(later);
    assertThat(move.after().invitedAt()).isEqualTo(T0);
    assertThat(move.after().expiresAt()).isEqualTo(later.plus(DAYS_30));
    assertThat(move.after().version()).isEqualTo(1);
    assertThat(move.entry().from()).contains(InvitationStatus.PENDING);
    assertThat(move.entry().to()).isEqualTo(InvitationStatus.PENDING);
    assertThat(move.entry().why()).isEqualTo("invitation resent");
  }

  @Test
  void nothingMovesAnExpiredInvitationButTheSweep_I2() {
    Invitation invitation = pending();
    Instant late = T0.plus(DAYS_30);
    Actor invitee = new Actor.CodeHolder("x");
    for (Either<Refusal, InvitationMove> move : java.util.List.of(
        invitation.resend(digest("n"), ADMIN, late, DAYS_30),
        invitation.cancel(ADMIN, late, "why"),
        invitation.accept(new SubAccountId("s"), invitee, late))) {
      assertThat(move.getLeft().codes()).containsExactly(ReasonCode.INVITATION_EXPIRED);
    }
    InvitationMove expired = invitation.expire(new Actor.Service("sweep"), late).get();
    assertThat(expired.after().status()).isEqualTo(InvitationStatus.EXPIRED);
    assertThat(expired.entry().data()).containsEntry("expiresAt", late.toString());
    assertThat(invitation.expire(new Actor.Service("sweep"), late.minusMillis(1)).getLeft()
        .codes()).containsExactly(ReasonCode.INVITATION_NOT_PENDING);
  }

  @ParameterizedTest
  @EnumSource(value = InvitationStatus.class, names = {"ACCEPTED", "CANCELLED", "EXPIRED"})
  void aFinalInvitationDoesNotMove_I2(InvitationStatus status) {
    Invitation done = pending().withStatus(status);
    Instant now = T0.plusSeconds(1);
    ReasonCode expected = status == InvitationStatus.EXPIRED
        ? ReasonCode.INVITATION_EXPIRED : ReasonCode.INVITATION_NOT_PENDING;
    assertThat(done.resend(digest("n"), ADMIN, now, DAYS_30).getLeft().codes())
        .containsExactly(expected);
    assertThat(done.cancel(ADMIN, now, "x").getLeft().codes()).containsExactly(expected);
    assertThat(done.accept(new SubAccountId("s"), ADMIN, now).isLeft()).isTrue();
    assertThat(done.statusAt(T0.plus(Duration.ofDays(400)))).isEqualTo(status);
  }

  @Test
  void acceptingRecordsTheSubAccount_I3() {
    InvitationMove move = pending().accept(new SubAccountId("sub-1"),
        new Actor.CodeHolder("x"), T0.plusSeconds(5)).get();
    assertThat(move.after().status()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(move.after().subAccount()).contains(new SubAccountId("sub-1"));
    assertThat(move.entry().data()).isEqualTo(Map.of("subAccount", "sub-1"));
  }

  @Test
  void historyEntriesAreI2MovesOnly_I2() {
    assertThatThrownBy(() -> new InvitationHistoryEntry(new InvitationId("i"),
        Optional.of(InvitationStatus.CANCELLED), InvitationStatus.PENDING, T0, "x", "y",
        Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InvitationHistoryEntry(new InvitationId("i"),
        Optional.empty(), InvitationStatus.ACCEPTED, T0, "x", "y", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTokenHas130RandomBitsInCrockfordSymbolsAndNeverShowsItself_I1() {
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      InvitationToken token = InvitationToken.random(Entropy.secure());
      assertThat(token.value()).matches("[0-9a-hjkmnp-tv-z]{26}");
      assertThat(token.toString()).doesNotContain(token.value());
      seen.add(token.value());
    }
    assertThat(seen).hasSize(1000);
    // every byte contributes its low five bits
    assertThat(InvitationToken.random(bytes -> java.util.Arrays.fill(bytes, (byte) 0xff))
        .value()).isEqualTo("z".repeat(26));
  }

  @Test
  void aPresentedTokenIsTrimmedAndLowerCasedOrRejected_I3() {
    String value = "0123456789abcdefghjkmnpqrs";
    assertThat(InvitationToken.parse(" " + value.toUpperCase(java.util.Locale.ROOT) + " "))
        .map(InvitationToken::value).contains(value);
    assertThat(InvitationToken.parse(value.substring(1))).isEmpty();
    assertThat(InvitationToken.parse(value.replace('a', 'i'))).isEmpty();
    assertThat(InvitationToken.parse(value.replace('a', 'u'))).isEmpty();
    assertThat(InvitationToken.parse("")).isEmpty();
  }

  @Test
  void tokenDigestsAreKeyedAndKeptApartFromCodeDigests_I1() {
    CodeVault other = CodeVault.withRandomKeys();
    assertThat(VAULT.digestSecret("invitation", "abc"))
        .isEqualTo(VAULT.digestSecret("invitation", "abc"))
        .isNotEqualTo(other.digestSecret("invitation", "abc"))
        .isNotEqualTo(VAULT.digestSecret("other", "abc"));
  }

  @Test
  void aSealedTokenOpensOnlyWithItsAssociatedDataAndKey_I1() {
    byte[] bound = "message-1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var sealed = VAULT.sealSecret("secret-token", bound);
    assertThat(VAULT.openSecret(sealed, bound)).isEqualTo("secret-token");
    assertThat(sealed.toString()).doesNotContain("secret-token");
    assertThatThrownBy(() -> VAULT.openSecret(sealed, "message-2".getBytes(
        java.nio.charset.StandardCharsets.UTF_8))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> CodeVault.withRandomKeys().openSecret(sealed, bound))
        .isInstanceOf(IllegalStateException.class);
    // shown-once vaults seal too: the key is derived from the lookup key
    CodeVault shownOnce = CodeVault.shownOnce(new byte[32]);
    assertThat(shownOnce.openSecret(shownOnce.sealSecret("t", bound), bound)).isEqualTo("t");
  }

  @Test
  void linksAreBaseSlashInvitationsSlashToken_I1() {
    InvitationToken token = new InvitationToken("0123456789abcdefghjkmnpqrs");
    assertThat(InvitationSettings.of(URI.create("https://shop.example/partners/")).link(token))
        .hasToString("https://shop.example/partners/invitations/0123456789abcdefghjkmnpqrs");
    assertThat(InvitationSettings.at(URI.create("https://shop.example:8443/redeem?x=1"))
        .link(token)).hasToString("https://shop.example:8443/invitations/" + token.value());
    assertThat(InvitationSettings.of(URI.create("https://x.example")).validity())
        .isEqualTo(DAYS_30);
    assertThatThrownBy(() -> InvitationSettings.of(URI.create("ftp://x.example")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InvitationSettings.of(URI.create("https://x.example?q=1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InvitationSettings.of(URI.create("https://x.example"))
        .withValidity(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
