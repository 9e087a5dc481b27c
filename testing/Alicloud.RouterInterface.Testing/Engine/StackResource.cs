using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>One custom resource in the stack state, as the engine stores it.</summary>
public sealed record StackResource
{
    public required string Urn { get; init; }

    public required string Type { get; init; }

    public required string Name { get; init; }

    public required string Id { get; init; }

    /// <summary>The checked inputs (sent back as <c>old_inputs</c>).</summary>
    public required Struct Inputs { get; init; }

    /// <summary>The outputs (sent back as <c>olds</c>/<c>properties</c>).</summary>
    public required Struct Outputs { get; init; }

    /// <summary>URNs of the resources this one depends on.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    public CustomTimeouts? CustomTimeouts { get; init; }

    /// <summary>The URN of the explicit provider that manages it; null = the default provider.</summary>
    public string? Provider { get; init; }

    public bool Protect { get; init; }

    public bool RetainOnDelete { get; init; }

    public bool DeleteBeforeReplace { get; init; }

    /// <summary>An old copy left behind by a replacement whose delete failed; the next destroy/up deletes it.</summary>
    public bool PendingDelete { get; init; }

    /// <summary>Reasons from an <c>ErrorResourceInitFailed</c> (the resource exists but did not finish initialising).</summary>
    public IReadOnlyList<string> InitErrors { get; init; } = [];
}

/// <summary>The default provider's entry in the state: its inputs are the configuration Configure receives on destroy/refresh.</summary>
public sealed record ProviderStateEntry(string Urn, string Id, Struct Inputs);
