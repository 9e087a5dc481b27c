namespace Alicloud.RouterInterface.Provider.Hosting;

/// <summary>Tunable numbers of the plugin host.</summary>
internal sealed record HostingOptions
{
    /// <summary>Largest gRPC message sent or received (the engine uses 400 MiB as well).</summary>
    public int MaxMessageSize { get; init; } = 400 * 1024 * 1024;

    /// <summary>How long shutdown may wait for in-flight calls; the engine kills the plugin 5 s after SIGINT.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Concurrent calls per connection (the engine runs up to <c>--parallel</c> operations at once).</summary>
    public int MaxConcurrentStreams { get; init; } = 1000;

    /// <summary>How long an idle engine connection is kept (Kestrel's KeepAliveTimeout): never closed, the engine owns it.</summary>
    public TimeSpan IdleConnectionTimeout { get; init; } = Timeout.InfiniteTimeSpan;
}
