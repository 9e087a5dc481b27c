using Alicloud.RouterInterface.Demo;

return await DemoCommandLine.InvokeAsync(args);
