// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.subaccount.domain.Billing;
import dev.vouchers.core.subaccount.domain.Contact;
import dev.vouchers.core.subaccount.domain.ContractReference;
import dev.vouchers.core.subaccount.domain.Invitation;
import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import dev.vouchers.core.subaccount.domain.Organisation;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import dev.vouchers.core.subaccount.domain.SubAccountId;
import dev.vouchers.core.subaccount.domain.SubAccountType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Column lists, binders and row mappers of the sub-account tables (I-1..I-3), and the keyset
 * paging their newest-first listings share.
 */
final class InvitationRows {
  private InvitationRows() {}

  // ------------------------------------------------------------------ invitations

  static final String INVITATION_COLUMNS = "id, partner_id, recipient, sub_account_type, message,"
      + " invited_by, invited_at, sent_at, expires_at, token_digest, status, sub_account_id,"
      + " version";
  static final String INVITATION_MARKS = Sql.marksFor(INVITATION_COLUMNS);
  /** The columns a move changes, each {@code = ?}, bound by {@link #bindInvitationChange}. */
  static final String INVITATION_CHANGE = "sent_at = ?, expires_at = ?, token_digest = ?,"
      + " status = ?, sub_account_id = ?, version = ?";

  static void bindInvitation(PreparedStatement s, Invitation invitation) throws SQLException {
    s.setString(1, invitation.id().value());
    s.setString(2, invitation.partner().value());
    s.setString(3, invitation.recipient().value());
    s.setString(4, invitation.type().name());
    s.setString(5, invitation.message());
    s.setString(6, invitation.invitedBy());
    Sql.setInstant(s, 7, invitation.invitedAt());
    Sql.setInstant(s, 8, invitation.sentAt());
    Sql.setInstant(s, 9, invitation.expiresAt());
    s.setBytes(10, invitation.token().bytes());
    s.setString(11, invitation.status().name());
    Rows.setString(s, 12, invitation.subAccount().map(SubAccountId::value));
    s.setLong(13, invitation.version());
  }

  /** Binds {@link #INVITATION_CHANGE} from {@code first} on; the next index. */
  static int bindInvitationChange(PreparedStatement s, int first, Invitation after)
      throws SQLException {
    int i = first;
    Sql.setInstant(s, i++, after.sentAt());
    Sql.setInstant(s, i++, after.expiresAt());
    s.setBytes(i++, after.token().bytes());
    s.setString(i++, after.status().name());
    Rows.setString(s, i++, after.subAccount().map(SubAccountId::value));
    s.setLong(i++, after.version());
    return i;
  }

  static Invitation invitation(ResultSet row) throws SQLException {
    return Invitation.builder()
        .id(new InvitationId(string(row, "id")))
        .partner(new PartnerId(string(row, "partner_id")))
        .recipient(new EmailAddress(string(row, "recipient")))
        .type(SubAccountType.valueOf(string(row, "sub_account_type")))
        .message(string(row, "message"))
        .invitedBy(string(row, "invited_by"))
        .invitedAt(Sql.instant(row, "invited_at"))
        .sentAt(Sql.instant(row, "sent_at"))
        .expiresAt(Sql.instant(row, "expires_at"))
        .token(CodeDigest.of(row.getBytes("token_digest")))
        .status(InvitationStatus.valueOf(string(row, "status")))
        .subAccount(Optional.ofNullable(row.getString("sub_account_id")).map(SubAccountId::new))
        .version(row.getLong("version"))
        .build();
  }

  static final String INVITATION_HISTORY_COLUMNS =
      "invitation_id, from_status, to_status, moved_at, by_whom, why, data";

  static void bindInvitationHistory(PreparedStatement s, InvitationHistoryEntry entry)
      throws SQLException {
    s.setString(1, entry.invitation().value());
    Rows.setString(s, 2, entry.from().map(InvitationStatus::name));
    s.setString(3, entry.to().name());
    Sql.setInstant(s, 4, entry.at());
    s.setString(5, entry.by());
    s.setString(6, entry.why());
    s.setString(7, Rows.encode(entry.data()));
  }

  static InvitationHistoryEntry invitationHistory(ResultSet row) throws SQLException {
    return new InvitationHistoryEntry(new InvitationId(string(row, "invitation_id")),
        Optional.ofNullable(row.getString("from_status")).map(InvitationStatus::valueOf),
        InvitationStatus.valueOf(string(row, "to_status")), Sql.instant(row, "moved_at"),
        string(row, "by_whom"), string(row, "why"), Rows.decode(string(row, "data")));
  }

  // ------------------------------------------------------------------ sub-accounts

  static final String SUB_ACCOUNT_COLUMNS = "id, partner_id, sub_account_type, contact_name,"
      + " contact_email, organisation_name, organisation_address, country, billing, pricing,"
      + " discount_percent, contract, invitation_id, created_at, version";
  static final String SUB_ACCOUNT_MARKS = Sql.marksFor(SUB_ACCOUNT_COLUMNS);
  /** The columns a change may touch, each {@code = ?}, bound by {@link #bindSubAccountChange}. */
  static final String SUB_ACCOUNT_CHANGE = "sub_account_type = ?, billing = ?, pricing = ?,"
      + " discount_percent = ?, contract = ?, version = ?";

  static void bindSubAccount(PreparedStatement s, SubAccount subAccount) throws SQLException {
    s.setString(1, subAccount.id().value());
    s.setString(2, subAccount.partner().value());
    s.setString(3, subAccount.type().name());
    s.setString(4, subAccount.contact().name());
    s.setString(5, subAccount.contact().email().value());
    s.setString(6, subAccount.organisation().name());
    s.setString(7, subAccount.organisation().address());
    s.setString(8, subAccount.organisation().country());
    s.setString(9, subAccount.billing().name());
    s.setString(10, pricingKind(subAccount.pricing()));
    Rows.setString(s, 11, discount(subAccount.pricing()));
    Rows.setString(s, 12, subAccount.contract().map(ContractReference::value));
    s.setString(13, subAccount.invitation().value());
    Sql.setInstant(s, 14, subAccount.createdAt());
    s.setLong(15, subAccount.version());
  }

  /** Binds {@link #SUB_ACCOUNT_CHANGE} from {@code first} on; the next index. */
  static int bindSubAccountChange(PreparedStatement s, int first, SubAccount after)
      throws SQLException {
    int i = first;
    s.setString(i++, after.type().name());
    s.setString(i++, after.billing().name());
    s.setString(i++, pricingKind(after.pricing()));
    Rows.setString(s, i++, discount(after.pricing()));
    Rows.setString(s, i++, after.contract().map(ContractReference::value));
    s.setLong(i++, after.version());
    return i;
  }

  private static String pricingKind(Pricing pricing) {
    if (pricing instanceof Pricing.ListPrices) {
      return "LIST_PRICES";
    }
    return pricing instanceof Pricing.PartnerTier ? "PARTNER_TIER" : "CUSTOM_DISCOUNT";
  }

  private static Optional<String> discount(Pricing pricing) {
    return pricing instanceof Pricing.CustomDiscount discount
        ? Optional.of(discount.percent().toPlainString()) : Optional.empty();
  }

  private static Pricing pricing(String kind, Optional<String> discount) {
    return switch (kind) {
      case "LIST_PRICES" -> Pricing.listPrices();
      case "PARTNER_TIER" -> Pricing.partnerTier();
      case "CUSTOM_DISCOUNT" -> Pricing.discount(new BigDecimal(discount.orElseThrow(
          () -> new IllegalStateException("a custom discount without its percentage"))));
      default -> throw new IllegalStateException("unknown pricing " + kind);
    };
  }

  static SubAccount subAccount(ResultSet row) throws SQLException {
    return SubAccount.builder()
        .id(new SubAccountId(string(row, "id")))
        .partner(new PartnerId(string(row, "partner_id")))
        .type(SubAccountType.valueOf(string(row, "sub_account_type")))
        .contact(new Contact(string(row, "contact_name"),
            new EmailAddress(string(row, "contact_email"))))
        .organisation(new Organisation(string(row, "organisation_name"),
            string(row, "organisation_address"), string(row, "country")))
        .billing(Billing.valueOf(string(row, "billing")))
        .pricing(pricing(string(row, "pricing"),
            Optional.ofNullable(row.getString("discount_percent"))))
        .contract(Optional.ofNullable(row.getString("contract")).map(ContractReference::new))
        .invitation(new InvitationId(string(row, "invitation_id")))
        .createdAt(Sql.instant(row, "created_at"))
        .version(row.getLong("version"))
        .build();
  }

  static final String SUB_ACCOUNT_HISTORY_COLUMNS =
      "sub_account_id, changed_at, by_whom, why, data";

  static void bindSubAccountHistory(PreparedStatement s, SubAccountHistoryEntry entry)
      throws SQLException {
    s.setString(1, entry.subAccount().value());
    Sql.setInstant(s, 2, entry.at());
    s.setString(3, entry.by());
    s.setString(4, entry.why());
    s.setString(5, Rows.encode(entry.data()));
  }

  static SubAccountHistoryEntry subAccountHistory(ResultSet row) throws SQLException {
    return new SubAccountHistoryEntry(new SubAccountId(string(row, "sub_account_id")),
        Sql.instant(row, "changed_at"), string(row, "by_whom"), string(row, "why"),
        Rows.decode(string(row, "data")));
  }

}
