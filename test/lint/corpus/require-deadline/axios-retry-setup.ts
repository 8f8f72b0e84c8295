// expect: none
import axios from 'axios';
import axiosRetry from 'axios-retry';

const client = axios.create({ baseURL: process.env.PARTNER_API, timeout: 5000 });
axiosRetry(client, { retries: 3, retryDelay: axiosRetry.exponentialDelay });

export async function submitClaim(claim: unknown) {
  const { data } = await client.post('/claims', claim);
  return data;
}

export async function claimStatus(id: string) {
  const { data } = await client.get(`/claims/${id}`);
  return data;
}
