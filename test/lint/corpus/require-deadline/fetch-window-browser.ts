// expect: fetchWithoutSignal@3
export async function sendBeacon(event: string) {
  await window.fetch('/collect', { method: 'POST', body: event, keepalive: true });
}

export async function bootConfig() {
  const res = await window.fetch('/config.json', { signal: AbortSignal.timeout(3000) });
  return res.json();
}
