// expect: none
import session from 'express-session';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';

const client = createClient({ url: process.env.REDIS_URL });
client.connect().catch(console.error);

export const sessions = session({
  store: new RedisStore({ client, prefix: 'sess:' }),
  secret: process.env.SESSION_SECRET!,
  resave: false,
  saveUninitialized: false,
});

export async function logoutEverywhere(userId: string) {
  const ids = await client.sMembers(`user-sessions:${userId}`);
  for (const id of ids) await client.del(`sess:${id}`);
  await client.del(`user-sessions:${userId}`);
}
