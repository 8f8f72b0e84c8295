// expect: fetchWithoutSignal@8
export async function load(url: string, timeoutMs?: number) {
  const res = await fetch(url, timeoutMs ? { signal: AbortSignal.timeout(timeoutMs) } : {});
  return res.json();
}

export async function loadAll(urls: string[]) {
  return Promise.all(urls.map((u) => fetch(u).then((r) => r.json())));
}
