// @ts-nocheck
// expect: none
import { prisma } from '../prisma';

export async function refreshTags(tagCache: Map<string, string[]>, postId: string, tags: string[]) {
  await prisma.post.update({ where: { id: postId }, data: { tags: { set: tags } } });
  tagCache.set(postId, tags);
}

export class Memo {
  private cache: Map<string, number>;
  constructor() {
    this.cache = new Map();
  }
  async bump(id: string) {
    const row = await prisma.counter.update({ where: { id }, data: { value: { increment: 1 } } });
    this.cache.set(id, row.value);
    return row.value;
  }
}
