using Alicloud.RouterInterface.Provider.Hosting;

return await ProviderHost.RunAsync(args, CancellationToken.None);
