import type { SiteProfile } from "~src/sites/profile"

import { profile as indiaEvisa } from "./india-evisa"
import { profile as australiaImmiaccount } from "./australia-immiaccount"
import { profile as usEsta } from "./us-esta"
import { profile as usVisaAppointment } from "./us-visa-appointment"
import { profile as ukVisas } from "./uk-visas"
import { profile as ukEta } from "./uk-eta"
import { profile as canadaEta } from "./canada-eta"
import { profile as turkeyEvisa } from "./turkey-evisa"
import { profile as sriLankaEta } from "./sri-lanka-eta"
import { profile as kenyaEta } from "./kenya-eta"
import { profile as vietnamEvisa } from "./vietnam-evisa"
import { profile as cambodiaEvisa } from "./cambodia-evisa"
import { profile as egyptEvisa } from "./egypt-evisa"
import { profile as newZealandNzeta } from "./new-zealand-nzeta"
import { profile as saudiEvisa } from "./saudi-evisa"
import { profile as vfsGlobal } from "./vfs-global"
import { profile as tlscontact } from "./tlscontact"
import { profile as govUkPay } from "./gov-uk-pay"
import { profile as payGov } from "./pay-gov"
import { profile as paypalCheckout } from "./paypal-checkout"
import { profile as stripeCheckout } from "./stripe-checkout"
import { profile as adyenHosted } from "./adyen-hosted"
import { profile as braintree } from "./braintree"
import { profile as worldpay } from "./worldpay"
import { profile as cybersource } from "./cybersource"
import { profile as sbiEpay } from "./sbi-epay"
import { profile as ccavenue } from "./ccavenue"
import { profile as payu } from "./payu"
import { profile as alipay } from "./alipay"
import { profile as bank3ds } from "./bank-3ds"

/**
 * Every known portal and gateway, one import per profile file. A plain list on purpose:
 * adding a site means adding its file and one line here. The generic profile is not in it
 * (it has no hosts); src/sites/index.ts exports it separately.
 */
export const ALL_PROFILES: SiteProfile[] = [
  indiaEvisa,
  australiaImmiaccount,
  usEsta,
  usVisaAppointment,
  ukVisas,
  ukEta,
  canadaEta,
  turkeyEvisa,
  sriLankaEta,
  kenyaEta,
  vietnamEvisa,
  cambodiaEvisa,
  egyptEvisa,
  newZealandNzeta,
  saudiEvisa,
  vfsGlobal,
  tlscontact,
  govUkPay,
  payGov,
  paypalCheckout,
  stripeCheckout,
  adyenHosted,
  braintree,
  worldpay,
  cybersource,
  sbiEpay,
  ccavenue,
  payu,
  alipay,
  bank3ds
]
