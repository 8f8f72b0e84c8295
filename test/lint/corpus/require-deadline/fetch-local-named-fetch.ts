// expect: none
import { fetch } from './resilient-fetch';
import { cache } from './cache';

// `fetch` here is our wrapper with retries and a 3 s budget built in.
export async function loadProfile(userId: string) {
  const hit = await cache.get(`profile:${userId}`);
  if (hit) return JSON.parse(hit);
  const res = await fetch(`/profiles/${userId}`);
  const profile = await res.json();
  await cache.set(`profile:${userId}`, JSON.stringify(profile), 'EX', 60);
  return profile;
}
