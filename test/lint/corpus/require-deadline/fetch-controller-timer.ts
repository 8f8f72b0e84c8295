// expect: none
export async function fetchWithDeadline(url: string, ms: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}

export async function health(base: string) {
  const res = await fetch(`${base}/healthz`, { method: 'HEAD', signal: AbortSignal.timeout(500) });
  return res.ok;
}
