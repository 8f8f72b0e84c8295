// expect: none
import type { AxiosInstance } from 'axios';

// The instance comes from the composition root, where its timeout is configured.
export class LedgerClient {
  constructor(private readonly http: AxiosInstance) {}

  balance(account: string) {
    return this.http.get(`/accounts/${account}/balance`);
  }

  post(entry: { account: string; cents: number }) {
    return this.http.post('/entries', entry);
  }
}
