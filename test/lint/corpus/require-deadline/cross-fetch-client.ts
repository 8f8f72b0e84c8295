// expect: fetchWithoutSignal@5
import fetch from 'cross-fetch';

export async function translate(text: string, to: string) {
  const res = await fetch('https://translate.example.com/v2', {
    method: 'POST',
    body: JSON.stringify({ q: text, target: to }),
  });
  return res.json();
}
