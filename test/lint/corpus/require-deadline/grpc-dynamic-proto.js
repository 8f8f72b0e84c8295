// expect: grpcWithoutDeadline@10 grpcWithoutDeadline@20
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const def = protoLoader.loadSync(__dirname + '/route_guide.proto', { keepCase: true, longs: String });
const routeguide = grpc.loadPackageDefinition(def).routeguide;
const client = new routeguide.RouteGuide('localhost:50051', grpc.credentials.createInsecure());

function runGetFeature(point, callback) {
  client.getFeature(point, callback);
}

function runGetFeatureWithDeadline(point, callback) {
  const deadline = new Date();
  deadline.setSeconds(deadline.getSeconds() + 2);
  client.getFeature(point, { deadline }, callback);
}

function runRouteChat() {
  const call = client.routeChat();
  call.on('data', (note) => console.log(note.message));
  return call;
}

module.exports = { runGetFeature, runGetFeatureWithDeadline, runRouteChat };
