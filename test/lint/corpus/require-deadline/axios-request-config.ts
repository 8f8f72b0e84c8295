// expect: axiosWithoutTimeout@20
import axios, { AxiosRequestConfig } from 'axios';

export async function call<T>(config: AxiosRequestConfig): Promise<T> {
  const res = await axios.request<T>(config);
  return res.data;
}

export async function callWithRetry<T>(config: AxiosRequestConfig, attempts = 3): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return (await axios({ ...config, timeout: config.timeout ?? 5000 })).data;
    } catch (e) {
      if (i >= attempts || axios.isCancel(e)) throw e;
    }
  }
}

export async function ping(host: string) {
  return axios.request({ url: `${host}/ping`, method: 'GET' });
}
