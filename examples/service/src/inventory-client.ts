// Calls to the inventory service. Every call must be bounded: a stalled inventory service must not hold
// checkout requests (and their database connections) for ever.
const INVENTORY_URL = process.env.INVENTORY_URL ?? 'http://inventory.internal:8080';

export interface Reservation {
  readonly reservationId: string;
  readonly expiresAt: string;
}

/** Bug: no deadline — if inventory stops answering, so does checkout. */
export async function reserve(sku: string, quantity: number): Promise<Reservation> {
  const res = await fetch(`${INVENTORY_URL}/reservations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sku, quantity }),
  });
  if (!res.ok) throw new Error(`inventory answered ${res.status} for ${sku}`);
  return (await res.json()) as Reservation;
}

/** Fixed: waits at most what the caller has left, and never more than two seconds. */
export async function reserveWithin(sku: string, quantity: number, caller: AbortSignal): Promise<Reservation> {
  const res = await fetch(`${INVENTORY_URL}/reservations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sku, quantity }),
    signal: AbortSignal.any([caller, AbortSignal.timeout(2000)]),
  });
  if (!res.ok) throw new Error(`inventory answered ${res.status} for ${sku}`);
  return (await res.json()) as Reservation;
}
