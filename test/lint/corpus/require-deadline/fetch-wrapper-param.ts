// expect: none
// A shared HTTP helper: callers pass their own init (with or without a signal), so nothing can be said here.
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new HttpError(res.status, await res.text());
  return (await res.json()) as T;
}

export async function postJson<T>(url: string, body: unknown, init: RequestInit = {}): Promise<T> {
  return request<T>(url, { ...init, method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...init.headers } });
}
