// expect: none
import * as grpc from '@grpc/grpc-js';
import { NotifierClient } from './gen/notifier_grpc_pb';

let notifier: NotifierClient | undefined;

function client(): NotifierClient {
  notifier ??= new NotifierClient(process.env.NOTIFIER_ADDR!, grpc.credentials.createInsecure());
  return notifier;
}

// The client comes from a function: its calls are other code's business (the options here carry a deadline anyway).
export function notify(req: unknown) {
  return new Promise((resolve, reject) => client().send(req as never, { deadline: Date.now() + 1000 }, (e, r) => (e ? reject(e) : resolve(r))));
}
