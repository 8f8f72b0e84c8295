// expect: grpcWithoutDeadline@13
import * as grpc from '@grpc/grpc-js';
import { StockClient } from './gen/stock_grpc_pb';

const stock = new StockClient('stock:50051', grpc.credentials.createInsecure());

// Server handler: the downstream call inherits what is left of the incoming call's deadline.
export function reserveItems(call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) {
  stock.reserve(call.request, { deadline: call.getDeadline(), parent: call }, callback);
}

export function restock(call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) {
  stock.restock(call.request, callback);
}
