// expect: none
import * as grpc from '@grpc/grpc-js';
import { PaymentsClient } from './gen/payments_grpc_pb';

const client = new PaymentsClient('payments:443', grpc.credentials.createSsl());

function callOptions(ms = 1000): grpc.CallOptions {
  return { deadline: new Date(Date.now() + ms) };
}

export function authorize(req: unknown, cb: grpc.requestCallback<unknown>) {
  client.authorize(req as never, callOptions(), cb);
}

export function capture(req: unknown, options: grpc.CallOptions, cb: grpc.requestCallback<unknown>) {
  client.capture(req as never, options, cb);
}
