// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.application;

import dev.vouchers.core.subaccount.domain.InvitationSettings;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;

/**
 * What the sub-account use cases (I-1..I-3) need besides the basics: their storage and
 * settings. A programme built without invitation storage gets unconfigured ports,
 * which name the missing builder settings when a sub-account use case is called; everything
 * else works as before.
 */
record InvitationPorts(Invitations invitations, SubAccounts subAccounts,
    InvitationSettings settings) {
}
