// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** D-2: vendor staff record a signed power of attorney for an organisation. */
@RestController
@RequestMapping("/api/mandates")
class MandatesController {
  private final RegisterMandate registerMandate;

  MandatesController(RegisterMandate registerMandate) {
    this.registerMandate = registerMandate;
  }

  /** D-2: records the mandate; certificate requests for the organisation may then proceed. */
  @PostMapping
  OrderJsons.MandateJson register(ApiUser actor, @RequestBody Bodies.MandateBody body) {
    Bodies.Missing missing = new Bodies.Missing();
    missing.check(body.organisation(), "organisation");
    missing.check(body.documentReference(), "documentReference");
    missing.throwIfAny();
    OrganisationId organisation = Ids.parse(
        java.util.Objects.requireNonNull(body.organisation()).strip(), "organisation",
        OrganisationId::of);
    return OrderJsons.MandateJson.of(Problems.orRefuse(registerMandate.register(
        new RegisterMandate.Command(actor.principal(), organisation,
            java.util.Objects.requireNonNull(body.documentReference()),
            Optional.ofNullable(body.validUntil())))));
  }
}
