// Drives the emulator with the official VPC SDK. Usage: node sdk-scenario.cjs <host:port> <v3|v2>
// Prints one JSON line with what it observed; the C# test asserts on it.
'use strict';
const Vpc = require('@alicloud/vpc20160428');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

async function main() {
  const [endpoint, mode] = process.argv.slice(2);
  const config = {
    accessKeyId: 'emulator-dev',
    accessKeySecret: 'emulator-dev-secret',
    regionId: 'cn-hangzhou',
    endpoint,
    protocol: 'http',
  };
  if (mode === 'v2') {
    config.signatureAlgorithm = 'v2';
  }
  const client = new Vpc.default(new $OpenApiUtil.Config(config));
  const result = {};

  const regions = await client.describeRegions(new Vpc.DescribeRegionsRequest({}));
  result.regions = regions.body.regions.region.map(r => r.regionId);

  const vpc = await client.createVpc(new Vpc.CreateVpcRequest({ regionId: 'cn-hangzhou', vpcName: 'sdk-' + mode }));
  result.vpcId = vpc.body.vpcId;

  const created = await client.createRouterInterface(new Vpc.CreateRouterInterfaceRequest({
    regionId: 'cn-hangzhou',
    role: 'InitiatingSide',
    routerType: 'VRouter',
    routerId: vpc.body.VRouterId ?? vpc.body.vRouterId,
    spec: 'Large.2',
    oppositeRegionId: 'eu-central-1',
    clientToken: 'sdk-' + mode + '-' + vpc.body.vpcId,
  }));
  result.routerInterfaceId = created.body.routerInterfaceId;

  const listed = await client.describeRouterInterfaces(new Vpc.DescribeRouterInterfacesRequest({
    regionId: 'cn-hangzhou',
    pageSize: 50,
    filter: [new Vpc.DescribeRouterInterfacesRequestFilter({ key: 'RouterInterfaceId', value: [created.body.routerInterfaceId, 'ri-other'] })],
  }));
  const item = listed.body.routerInterfaceSet.routerInterfaceType[0];
  result.listed = { totalCount: listed.body.totalCount, status: item.status, chargeType: item.chargeType, bandwidth: item.bandwidth };

  try {
    await client.deleteExpressConnect(new Vpc.DeleteExpressConnectRequest({ regionId: 'cn-hangzhou', routerInterfaceId: 'ri-missing' }));
    result.error = null;
  } catch (error) {
    result.error = { code: error.code, statusCode: error.statusCode };
  }

  console.log(JSON.stringify(result));
}

main().catch(error => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
