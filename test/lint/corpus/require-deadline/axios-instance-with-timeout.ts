// expect: none
import axios from 'axios';

export const inventory = axios.create({
  baseURL: process.env.INVENTORY_URL,
  timeout: 2500,
});

export async function reserve(sku: string, qty: number) {
  const { data } = await inventory.post('/reservations', { sku, qty });
  return data as { reservationId: string };
}

export async function release(reservationId: string) {
  await inventory.delete(`/reservations/${reservationId}`);
}
