// expect: axiosWithoutTimeout@6 axiosWithoutTimeout@13
import axios from 'axios';
import { config } from './config';

export async function exchangeCode(code: string) {
  const { data } = await axios.post(`${config.oauth.issuer}/token`, new URLSearchParams({ code, grant_type: 'authorization_code' }), {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  return data.access_token as string;
}

export async function userInfo(token: string) {
  const res = await axios.get(`${config.oauth.issuer}/userinfo`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return res.data;
}

export async function revoke(token: string) {
  await axios.post(`${config.oauth.issuer}/revoke`, { token }, { timeout: 3000 });
}
