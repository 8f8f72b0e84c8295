// @ts-nocheck
// expect: none
import { DataSource } from 'typeorm';
import { Article } from './article.entity';

export class ArticleStats {
  constructor(private readonly dataSource: DataSource) {}

  async incrementViews(id: number) {
    await this.dataSource
      .createQueryBuilder()
      .update(Article)
      .set({ views: () => 'views + 1' })
      .where('id = :id', { id })
      .execute();
  }

  async archiveOld(before: Date) {
    return this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .update()
      .set({ archived: true })
      .where('a.publishedAt < :before', { before })
      .execute();
  }
}
