using Pulumi;
using RouterInterfacePair;

return await Deployment.RunAsync<RouterInterfacePairStack>();
