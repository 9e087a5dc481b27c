using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>One resource registration of a program: type token, name, inputs and resource options.</summary>
public sealed record ResourceDeclaration(string Type, string Name, Struct Inputs)
{
    /// <summary>Names of other resources of the program this one depends on (<c>dependsOn</c> and implicit dependencies).</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    public CustomTimeouts? CustomTimeouts { get; init; }

    /// <summary>The <c>provider</c> option: the name of one of the program's <see cref="StackProgram.Providers"/>; null = the default provider.</summary>
    public string? Provider { get; init; }

    public bool DeleteBeforeReplace { get; init; }

    /// <summary><c>protect</c>: destroy fails for this resource without calling the provider.</summary>
    public bool Protect { get; init; }

    /// <summary><c>retainOnDelete</c>: destroy drops it from the state without calling Delete.</summary>
    public bool RetainOnDelete { get; init; }

    /// <summary>Top-level input names whose changes are ignored (<c>ignoreChanges</c>).</summary>
    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];
}

/// <summary>
/// An explicit provider of the program (<c>new AlicloudRouterInterface.Provider(name, args)</c>): its own config, and
/// its own plugin process (pkg/host/host.go: one per provider instance).
/// </summary>
public sealed record ProviderDeclaration(string Name, IReadOnlyDictionary<string, ConfigValue> Config);
