using Microsoft.Extensions.Logging;

namespace Alicloud.RouterInterface.Provider.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1, EventName = "Listening", Level = LogLevel.Information, Message = "Plugin {Version} listening on 127.0.0.1:{Port}; engine {EngineAddress}")]
    public static partial void Listening(ILogger logger, string version, int port, string engineAddress);

    [LoggerMessage(EventId = 2, EventName = "IgnoredOptions", Level = LogLevel.Information, Message = "Ignoring unknown command-line options: {Options}")]
    public static partial void IgnoredOptions(ILogger logger, string options);

    [LoggerMessage(EventId = 3, EventName = "Stopped", Level = LogLevel.Information,
        Message = "Plugin stopped; memory: GC heap {HeapMib:0.0} MiB, committed {CommittedMib:0.0} MiB, allocated {AllocatedMib:0} MiB in all, collections {Gen0}/{Gen1}/{Gen2}, GC pauses {PauseMs:0} ms")]
    public static partial void Stopped(ILogger logger, double heapMib, double committedMib, double allocatedMib, int gen0, int gen1, int gen2, double pauseMs);
}
