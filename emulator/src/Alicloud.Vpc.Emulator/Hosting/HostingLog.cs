using Microsoft.Extensions.Logging;

namespace Alicloud.Vpc.Emulator.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1, EventName = "Listening", Level = LogLevel.Information, Message = "VPC emulator listening on {Url} (state file: {StateFile}, qps: {Qps})")]
    public static partial void Listening(ILogger logger, string url, string stateFile, int qps);

    [LoggerMessage(EventId = 4, EventName = "Variants", Level = LogLevel.Information, Message = "API behaviour: profile {Profile} (seed {Seed}): {Variants}")]
    public static partial void Variants(ILogger logger, string profile, string seed, string variants);

    [LoggerMessage(EventId = 2, EventName = "Stopped", Level = LogLevel.Information, Message = "VPC emulator stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 3, EventName = "UnhandledError", Level = LogLevel.Error, Message = "Unhandled error on {Path}; answered InternalError")]
    public static partial void UnhandledError(ILogger logger, Exception exception, string path);
}
