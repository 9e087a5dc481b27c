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

    /// <summary>
    /// How long an idle engine connection is kept (Kestrel's KeepAliveTimeout; its default closes it after 130 s): a week,
    /// longer than any deployment. Finite on purpose: with an infinite value Kestrel's timeout arithmetic overflowed and
    /// closed idle connections at once (seen as GOAWAY NO_ERROR on the engine's next call).
    /// </summary>
    public TimeSpan IdleConnectionTimeout { get; init; } = TimeSpan.FromDays(7);
}
