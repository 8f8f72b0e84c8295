// expect: none
export async function upload(url: string, file: Blob, timeoutMs: number) {
  const init: RequestInit = { method: 'PUT', body: file };
  if (timeoutMs > 0) init.signal = AbortSignal.timeout(timeoutMs);
  return fetch(url, init);
}
