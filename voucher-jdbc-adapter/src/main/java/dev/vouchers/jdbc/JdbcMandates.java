// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.jdbc;

import static dev.vouchers.jdbc.Sql.string;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.partner.domain.Mandate;
import dev.vouchers.core.partner.port.out.Mandates;
import java.util.List;

/** {@link Mandates} over JDBC: table {@code vouchers_mandates}. */
final class JdbcMandates implements Mandates {
  static final String INSERT = """
      INSERT INTO vouchers_mandates (organisation_id, registered_at, document_reference,
          registered_by, valid_until) VALUES (?, ?, ?, ?, ?)""";
  static final String SELECT_OF = """
      SELECT organisation_id, registered_at, document_reference, registered_by, valid_until
      FROM vouchers_mandates WHERE organisation_id = ? ORDER BY registered_at, id""";

  private final Transactions transactions;

  JdbcMandates(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void register(Mandate mandate) {
    transactions.inAutoCommit("register a mandate for " + mandate.organisation(), connection ->
        Sql.update(connection, INSERT, s -> {
          s.setString(1, mandate.organisation().value());
          Sql.setInstant(s, 2, mandate.registeredAt());
          s.setString(3, mandate.documentReference());
          s.setString(4, mandate.registeredBy());
          Sql.setInstant(s, 5, mandate.validUntil());
        }));
  }

  @Override
  public List<Mandate> of(OrganisationId organisation) {
    return transactions.inAutoCommit("read the mandates of " + organisation, connection ->
        Sql.list(connection, SELECT_OF, s -> s.setString(1, organisation.value()), row ->
            new Mandate(new OrganisationId(string(row, "organisation_id")),
                string(row, "document_reference"), Sql.instant(row, "registered_at"),
                string(row, "registered_by"), Sql.optionalInstant(row, "valid_until"))));
  }
}
