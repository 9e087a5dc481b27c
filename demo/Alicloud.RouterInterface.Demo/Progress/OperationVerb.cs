using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Demo.Progress;

/// <summary>How the CLI words one kind of step ("+ creating… created", "- deleting… deleted") and how its end shows in the state.</summary>
internal sealed record OperationVerb(string Command, string Header, string Symbol, string Running, string Done, Func<StackResource?, bool> IsDone)
{
    public static OperationVerb Create { get; } = new("pulumi up --yes", "Updating", "+", "creating", "created", r => r is { Id.Length: > 0 });

    public static OperationVerb Delete { get; } = new("pulumi destroy --yes --continue-on-error", "Destroying", "-", "deleting", "deleted", r => r is null);

    public string Failed => $"{Running} failed";
}
