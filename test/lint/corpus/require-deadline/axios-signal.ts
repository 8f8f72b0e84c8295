// expect: none
import axios from 'axios';

export async function enrich(ids: string[], signal: AbortSignal) {
  const { data } = await axios.post('http://enricher/batch', { ids }, { signal });
  return data;
}

export async function enrichOne(id: string) {
  const { data } = await axios.get(`http://enricher/items/${id}`, { signal: AbortSignal.timeout(1000) });
  return data;
}
