// expect: grpcWithoutDeadline@16
import { credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import { UserServiceClient } from './gen/user_grpc_pb';
import { GetUserRequest, User } from './gen/user_pb';

export class UserGateway {
  private readonly client = new UserServiceClient(process.env.USER_ADDR!, credentials.createSsl());

  get(id: string, md: Metadata): Promise<User> {
    return new Promise((resolve, reject) =>
      this.client.getUser(new GetUserRequest().setId(id), md, { deadline: Date.now() + 800 }, (e: ServiceError | null, u: User) => (e ? reject(e) : resolve(u))),
    );
  }

  watch(id: string) {
    return this.client.watchUser(new GetUserRequest().setId(id), new Metadata());
  }

  close() {
    this.client.close();
  }
}
