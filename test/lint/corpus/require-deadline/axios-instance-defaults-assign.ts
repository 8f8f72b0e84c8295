// expect: none
import axios from 'axios';

const crm = axios.create({ baseURL: process.env.CRM_URL });
crm.defaults.timeout = 4000;
crm.defaults.headers.common.Authorization = `Bearer ${process.env.CRM_TOKEN}`;

export async function upsertContact(email: string, name: string) {
  return crm.put(`/contacts/${encodeURIComponent(email)}`, { name });
}
