// expect: axiosWithoutTimeout@6
import axios from 'axios';

// timeout: 0 is axios's "no timeout"; this export job can hang the worker forever.
export async function exportAll(url: string) {
  const res = await axios.get(url, { timeout: 0, responseType: 'stream' });
  return res.data;
}
