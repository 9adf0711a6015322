// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.port.out;

import dev.vouchers.core.programme.domain.ErasureRecord;
import dev.vouchers.core.programme.domain.ErasureSubject;
import java.time.Instant;
import java.util.List;

/**
 * E-1: erasure of personal data in the store (ADR 0052). {@code PersonalDataContract} in the
 * testkit pins the behaviour. Erasure is redaction: the values are overwritten with
 * {@code Erased.ADDRESS}, {@code Erased.TEXT} or emptied; every row stays, and so does every
 * history entry with its from, to, when and who.
 */
public interface PersonalData {

  /**
   * Erases every stored value of the subject (see {@link ErasureSubject}) and records the
   * erasure, all in one atomic step: a failure leaves everything as it was. Undelivered e-mails
   * to an erased address end as dropped. An erasure that finds nothing is recorded too, with
   * 0 rows.
   *
   * @param subject whose data
   * @param at when
   * @param by who, as {@code Actor.describe()} prints it
   * @return the record written
   */
  ErasureRecord erase(ErasureSubject subject, Instant at, String by);

  /**
   * The automatic erasure: erases the personal data of at most {@code limit} vouchers and at
   * most {@code limit} invitations closed at or before {@code closedBefore} (a voucher by the
   * history entry that moved it to a closed status, {@code Erased.closedVoucherStatuses()}; an
   * invitation when it was accepted, expired or cancelled), oldest closing first, set-based, in
   * one atomic step with a record ({@code ErasureKind.RETENTION}) when it changed anything.
   * Each closing is handled once; a voucher that is open again (an extended expiry, M-2) is
   * skipped, and erased when it closes again.
   *
   * @return how many vouchers and invitations were looked at (0 when none is due)
   */
  int eraseClosed(Instant closedBefore, Instant at, String by, int limit);

  /** The recorded erasures, newest first, at most {@code limit}. */
  List<ErasureRecord> erasures(int limit);
}
