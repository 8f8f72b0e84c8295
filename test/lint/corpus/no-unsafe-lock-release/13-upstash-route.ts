// expect: constantLockValue@10, unsafeRelease@18
import { Redis } from '@upstash/redis';
import { NextResponse } from 'next/server';

const redis = Redis.fromEnv();

export async function POST(request: Request) {
  const { documentId } = await request.json();
  const lockKey = `doc:${documentId}:lock`;
  const gotLock = await redis.set(lockKey, 'editing', { nx: true, ex: 20 });
  if (!gotLock) {
    return NextResponse.json({ error: 'Document is being edited' }, { status: 423 });
  }
  try {
    await saveDocument(documentId, await request.text());
    return NextResponse.json({ ok: true });
  } finally {
    await redis.del(lockKey);
  }
}

declare function saveDocument(id: string, body: string): Promise<void>;
