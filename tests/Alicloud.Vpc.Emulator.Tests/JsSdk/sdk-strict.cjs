// The strict default's must-show refusals through the official VPC SDK. Usage: node sdk-strict.cjs <host:port> <v3|v2>
// Expects instant interface transitions and a long RouteEntry.Pending (the C# test starts the emulator so).
// Prints one JSON line: the error code of each refusal (null where the call succeeded).
'use strict';
const Vpc = require('@alicloud/vpc20160428');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

function client(endpoint, mode, key, secret) {
  const config = { accessKeyId: key, accessKeySecret: secret, regionId: 'cn-hangzhou', endpoint, protocol: 'http' };
  if (mode === 'v2') {
    config.signatureAlgorithm = 'v2';
  }
  return new Vpc.default(new $OpenApiUtil.Config(config));
}

async function code(call) {
  try {
    await call();
    return null;
  } catch (error) {
    return error.code;
  }
}

async function main() {
  const [endpoint, mode] = process.argv.slice(2);
  const dev = client(endpoint, mode, 'emulator-dev', 'emulator-dev-secret');
  const peer = client(endpoint, mode, 'emulator-peer', 'emulator-peer-secret');
  const region = 'cn-hangzhou';
  const vpc = async c => (await c.createVpc(new Vpc.CreateVpcRequest({ regionId: region }))).body;
  const end = async (c, router, role) => (await c.createRouterInterface(new Vpc.CreateRouterInterfaceRequest({
    regionId: region, role, routerType: 'VRouter', routerId: router, spec: role === 'InitiatingSide' ? 'Large.2' : 'Negative', oppositeRegionId: region,
  }))).body.routerInterfaceId;
  const point = (c, id, oppositeId, router, owner) => c.modifyRouterInterfaceAttribute(new Vpc.ModifyRouterInterfaceAttributeRequest({
    regionId: region, routerInterfaceId: id, oppositeInterfaceId: oppositeId, oppositeRouterId: router, oppositeRouterType: 'VRouter',
    oppositeInterfaceOwnerId: owner,
  }));
  const connect = id => dev.connectRouterInterface(new Vpc.ConnectRouterInterfaceRequest({ regionId: region, routerInterfaceId: id }));
  const result = {};

  const left = await vpc(dev);
  const right = await vpc(dev);
  const initiator = await end(dev, left.VRouterId ?? left.vRouterId, 'InitiatingSide');
  const acceptor = await end(dev, right.VRouterId ?? right.vRouterId, 'AcceptingSide');
  await point(dev, acceptor, initiator, left.VRouterId ?? left.vRouterId, undefined);
  await point(dev, initiator, acceptor, right.VRouterId ?? right.vRouterId, undefined);
  result.connectWithoutOwner = await code(() => connect(initiator));
  result.connectOnAcceptor = await code(() => connect(acceptor));

  await point(dev, acceptor, initiator, left.VRouterId ?? left.vRouterId, 1000000000000001);
  await point(dev, initiator, acceptor, right.VRouterId ?? right.vRouterId, 1000000000000001);
  result.connect = await code(() => connect(initiator));
  result.connectNotIdle = await code(() => connect(initiator));

  const second = await end(dev, left.VRouterId ?? left.vRouterId, 'InitiatingSide');
  const secondAcceptor = await end(dev, right.VRouterId ?? right.vRouterId, 'AcceptingSide');
  await point(dev, secondAcceptor, second, left.VRouterId ?? left.vRouterId, 1000000000000001);
  await point(dev, second, secondAcceptor, right.VRouterId ?? right.vRouterId, 1000000000000001);
  result.secondPair = await code(() => connect(second));

  const route = cidr => dev.createRouteEntry(new Vpc.CreateRouteEntryRequest({
    regionId: region, routeTableId: left.routeTableId, destinationCidrBlock: cidr, nextHopType: 'RouterInterface', nextHopId: initiator,
  }));
  result.firstRoute = await code(() => route('10.1.0.0/16'));
  result.secondRouteWhilePending = await code(() => route('10.2.0.0/16'));

  const foreign = await vpc(peer);
  const foreignEnd = await end(peer, foreign.VRouterId ?? foreign.vRouterId, 'AcceptingSide');
  result.deactivateForeign = await code(() => dev.deactivateRouterInterface(new Vpc.DeactivateRouterInterfaceRequest({ regionId: region, routerInterfaceId: foreignEnd })));

  console.log(JSON.stringify(result));
}

main().catch(error => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
