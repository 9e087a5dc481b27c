namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// The answers to <c>ResourceMonitor.SupportsFeature</c>. The engine says yes to every id in
/// <c>supportsFeatureID</c> (pulumi/pulumi <c>pkg/resource/deploy/source_eval.go</c> ~945-986) and no to anything
/// else. The harness says yes where it behaves like the engine and no where it does not model the feature, so a
/// program that needs one fails at once with the SDK's own "The Pulumi CLI does not support …" error instead of
/// running with the option silently dropped.
/// </summary>
public static class MonitorFeatures
{
    /// <summary>The features the harness supports, as the engine names them.</summary>
    public static IReadOnlySet<string> Supported { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "secrets",
        "resourceReferences",
        // Alias specs are accepted (the SDK then sends aliases as specs); no resource here has aliases to resolve.
        "aliasSpecs",
    };

    /// <summary>What the engine answers and the harness does not model (transforms, hooks, packages, …).</summary>
    public static IReadOnlySet<string> EngineOnly { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "outputValues",
        "replacementTrigger",
        "deletedWith",
        "replaceWith",
        "transforms",
        "invokeTransforms",
        "parameterization",
        "resourceHooks",
        "errorHooks",
        "sendsOptionsToHooks",
    };

    public static bool Supports(string id) => Supported.Contains(id);
}
