// expect: axiosWithoutTimeout@11 axiosWithoutTimeout@19
import axios, { AxiosError } from 'axios';

const billing = axios.create({
  baseURL: process.env.BILLING_URL,
  headers: { 'x-service': 'checkout' },
});

export async function charge(customerId: string, cents: number) {
  try {
    const { data } = await billing.post('/charges', { customerId, cents });
    return data;
  } catch (e) {
    if (axios.isAxiosError(e) && (e as AxiosError).response?.status === 402) return null;
    throw e;
  }
}

export const refund = (chargeId: string) => billing.post(`/charges/${chargeId}/refund`);
