namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>Tunable numbers of per-call cancellation.</summary>
internal sealed record OperationOptions
{
    /// <summary>
    /// Extra time past the engine's <c>timeout</c> before the protocol layer cancels a call itself. The resource
    /// lifecycle enforces the timeout first (with a precise diagnostic); this is only the safety net.
    /// </summary>
    public TimeSpan TimeoutGrace { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Longest wait for one <c>Engine.Log</c> call; a stuck engine must not stall an operation.</summary>
    public TimeSpan EngineLogTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
