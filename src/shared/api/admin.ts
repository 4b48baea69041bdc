// Results of the administration methods («Administración»: accounts, patrol devices, the log) beyond the hub's own
// answers (hub-protocol/admin.ts, whose request schemas the contract uses as they are: a bad request is refused
// here before it travels). Pairing a device answers its pairing text too — the hub this console follows, the unit
// and the token — which the device scans as a QR code or has typed in.
import type { PairAnswer } from '../hub-protocol/admin.ts';

/** A device just paired: its token (shown once) and the line the device reads to pair (pairingText). */
export interface PairedDevice extends PairAnswer {
  readonly pairingText: string;
}
