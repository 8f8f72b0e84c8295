// expect: undiciWithoutTimeout@12 fetchWithoutSignal@14
import axios from 'axios';
import got from 'got';
import { request as undiciRequest } from 'undici';

const users = axios.create({ baseURL: 'http://users', timeout: 1000 });

export async function profilePage(userId: string) {
  const [user, posts, recs] = await Promise.all([
    users.get(`/users/${userId}`),
    got(`http://posts/users/${userId}/posts`, { timeout: { request: 1500 } }).json(),
    undiciRequest(`http://recs/users/${userId}`),
  ]);
  const badges = await fetch(`http://badges/users/${userId}`);
  return { user: user.data, posts, recs: await recs.body.json(), badges: await badges.json() };
}
