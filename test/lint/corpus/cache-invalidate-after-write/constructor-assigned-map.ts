// @ts-nocheck
// expect: none
import { User } from '../entities/user';
import { AppDataSource } from '../data-source';

export class UserDirectory {
  private readonly users = AppDataSource.getRepository(User);
  private byEmail;

  constructor() {
    this.byEmail = new Map<string, User>();
  }

  async changeEmail(id: number, email: string) {
    const user = await this.users.findOneByOrFail({ id });
    user.email = email;
    await this.users.save(user);
    this.byEmail.set(email, user);
  }
}
