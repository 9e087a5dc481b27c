using Alicloud.Vpc.Emulator.Hosting;

return await EmulatorCommandLine.InvokeAsync(args);
