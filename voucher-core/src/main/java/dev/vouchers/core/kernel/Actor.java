// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts. Every command carries one; the webshop has authenticated it already, the
 * library decides what it may see and change.
 */
public sealed interface Actor
    permits Actor.PartnerUser, Actor.VendorStaff, Actor.CodeHolder, Actor.Service {

  /** How the actor is written into history entries ("who", V-2). */
  String describe();

  /** A user acting for one partner. It sees and changes only that partner's data. */
  record PartnerUser(UserId user, PartnerId partner, PartnerRole role) implements Actor {
    /** Validates presence of every field. */
    public PartnerUser {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(role, "role");
    }

    @Override
    public String describe() {
      return "partner:" + partner.value() + "/" + user.value() + "(" + role + ")";
    }
  }

  /** A member of the vendor's staff with one or more roles. */
  record VendorStaff(UserId user, Set<StaffRole> roles) implements Actor {
    /** Copies the roles; a staff member without a role is a broken invariant. */
    public VendorStaff {
      Objects.requireNonNull(user, "user");
      if (roles.isEmpty()) {
        throw new IllegalArgumentException("vendor staff needs at least one role");
      }
      roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Staff with a single role. */
    public static VendorStaff of(UserId user, StaffRole role) {
      return new VendorStaff(user, Set.of(role));
    }

    /** Whether this staff member has the role. */
    public boolean has(StaffRole role) {
      return roles.contains(role);
    }

    @Override
    public String describe() {
      return "vendor:" + user.value() + roles;
    }
  }

  /**
   * An end customer who presents a voucher code. Possession of the code is the
   * authorisation; the label (an e-mail or session id of the shop) only goes to history.
   */
  record CodeHolder(String label) implements Actor {
    /** Requires a label (may be "anonymous"). */
    public CodeHolder {
      Objects.requireNonNull(label, "label");
    }

    @Override
    public String describe() {
      return "customer:" + label;
    }
  }

  /**
   * A trusted back-end of the vendor: the certificate platform reporting a request, a
   * revocation or a redemption, or the scheduler running sweeps.
   */
  record Service(String name) implements Actor {
    /** Requires a name. */
    public Service {
      Ids.require(name, "service name");
    }

    @Override
    public String describe() {
      return "service:" + name;
    }
  }
}
