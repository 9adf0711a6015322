// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seeded demo partners (one per default tier, T-1) and their users (one per partner role),
 * plus the vendor's staff.
 */
public final class DemoUsers {
  /**
   * A seeded partner.
   *
   * @param id its id
   * @param name its display name
   * @param tier the tier it starts at
   * @param language the language of its customers' e-mails
   */
  public record DemoPartner(PartnerId id, String name, Tier tier, Locale language) {}

  /** The partners, one per default tier. */
  public static final List<DemoPartner> PARTNERS = List.of(
      new DemoPartner(new PartnerId("bergsicht-it"), "Bergsicht IT GmbH", Tier.ENTRY,
          Locale.GERMAN),
      new DemoPartner(new PartnerId("seeblick-web"), "Seeblick Web AG", Tier.SILVER,
          Locale.GERMAN),
      new DemoPartner(new PartnerId("alpine-hosting"), "Alpine Hosting AG", Tier.GOLD,
          Locale.ENGLISH),
      new DemoPartner(new PartnerId("gipfel-digital"), "Gipfel Digital SA", Tier.PLATINUM,
          Locale.ENGLISH));

  private static final String[][] PEOPLE = {
      {"bea", "Bea Brunner"}, {"boris", "Boris Baumann"}, {"bruno", "Bruno Bieri"},
      {"sina", "Sina Steiner"}, {"stefan", "Stefan Suter"}, {"sara", "Sara Schmid"},
      {"anna", "Anna Amrein"}, {"andri", "Andri Arnold"}, {"alina", "Alina Aebi"},
      {"gian", "Gian Graf"}, {"gioia", "Gioia Gerber"}, {"gregor", "Gregor Gasser"}};
  private static final PartnerRole[] ROLES =
      {PartnerRole.ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.SALES_AGENT};

  private final List<DemoUser> users;

  /** The demo's users: three per partner, then two vendor staff. */
  public DemoUsers() {
    List<DemoUser> all = new ArrayList<>();
    for (int p = 0; p < PARTNERS.size(); p++) {
      DemoPartner partner = PARTNERS.get(p);
      for (int r = 0; r < ROLES.length; r++) {
        String[] person = PEOPLE[p * ROLES.length + r];
        all.add(new DemoUser(person[0], person[1], ROLES[r].name(),
            new Actor.PartnerUser(new UserId(person[0]), partner.id(), ROLES[r])));
      }
    }
    all.add(new DemoUser("petra", "Petra Pfister", StaffRole.PARTNER_MANAGER.name(),
        Actor.VendorStaff.of(new UserId("petra"), StaffRole.PARTNER_MANAGER)));
    all.add(new DemoUser("sven", "Sven Sommer", StaffRole.SUPPORT.name(),
        Actor.VendorStaff.of(new UserId("sven"), StaffRole.SUPPORT)));
    this.users = List.copyOf(all);
  }

  /** Every demo user. */
  public List<DemoUser> all() {
    return users;
  }

  /**
   * One demo user.
   *
   * @param id the user's id
   * @return the user, if there is one with this id
   */
  public Optional<DemoUser> byId(String id) {
    return users.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  /** The partner manager, who seeds the programme. */
  public DemoUser partnerManager() {
    return byId("petra").orElseThrow();
  }

  /**
   * A seeded partner's display name.
   *
   * @param id the partner
   * @return the name, or the id for a partner the demo did not seed
   */
  public static String partnerName(PartnerId id) {
    return PARTNERS.stream().filter(p -> p.id().equals(id)).map(DemoPartner::name).findFirst()
        .orElse(id.value());
  }
}
