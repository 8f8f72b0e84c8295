// expect: none
type Opts = RequestInit & { retries?: number };

export async function withRetries(url: string, { retries = 2, ...init }: Opts = {}) {
  for (let i = 0; ; i++) {
    try {
      return await fetch(url, { ...init, keepalive: true });
    } catch (e) {
      if (i >= retries) throw e;
    }
  }
}
