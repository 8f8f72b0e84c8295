// expect: fetchWithoutSignal@10
export class GithubClient {
  constructor(private readonly token: string, private readonly base = 'https://api.github.com') {}

  private headers() {
    return { authorization: `Bearer ${this.token}`, accept: 'application/vnd.github+json' };
  }

  async repo(owner: string, name: string) {
    const res = await fetch(`${this.base}/repos/${owner}/${name}`, { headers: this.headers() });
    return res.json();
  }

  async issues(owner: string, name: string, signal: AbortSignal) {
    const res = await fetch(`${this.base}/repos/${owner}/${name}/issues`, { headers: this.headers(), signal });
    return res.json();
  }

  async fetch(path: string) {
    return this.repo('x', path);
  }

  async reload() {
    return this.fetch('y');
  }
}
