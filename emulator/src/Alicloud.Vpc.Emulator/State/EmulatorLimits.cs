namespace Alicloud.Vpc.Emulator.State;

/// <summary>Limits that can change at run time (CLI, PUT /_emulator/limits).</summary>
internal sealed class EmulatorLimits
{
    public const int DefaultRouterInterfacesPerRouter = 5;
    public const int MaxRouterInterfacesPerRouter = 10_000;

    private int _qps;
    private int _routerInterfacesPerRouter = DefaultRouterInterfacesPerRouter;

    /// <summary>Requests per second per AccessKeyId; 0 = unlimited.</summary>
    public int Qps
    {
        get => Volatile.Read(ref _qps);
        set => Volatile.Write(ref _qps, value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "qps must be >= 0."));
    }

    public int RouterInterfacesPerRouter
    {
        get => Volatile.Read(ref _routerInterfacesPerRouter);
        set => Volatile.Write(
            ref _routerInterfacesPerRouter,
            value is >= 1 and <= MaxRouterInterfacesPerRouter
                ? value
                : throw new ArgumentOutOfRangeException(nameof(value), $"routerInterfacesPerRouter must be 1..{MaxRouterInterfacesPerRouter}."));
    }
}
