using Alicloud.RouterInterface.Resources.Properties;

namespace Alicloud.RouterInterface.Resources.Abstractions;

/// <summary>A validation failure that names the property (a path such as <c>period</c> or <c>name</c>).</summary>
public sealed record CheckFailure(string Property, string Reason);

public sealed record CheckResult(PropertyMap Inputs, IReadOnlyList<CheckFailure> Failures);

public enum DiffChanges
{
    Unknown,
    None,
    Some,
}

/// <summary>The kind of change of one property (mirrors <c>PropertyDiff.Kind</c>).</summary>
public enum PropertyDiffKind
{
    Add,
    AddReplace,
    Delete,
    DeleteReplace,
    Update,
    UpdateReplace,
}

public sealed record DiffResult(
    DiffChanges Changes,
    IReadOnlyList<string> Replaces,
    IReadOnlyList<string> Diffs,
    IReadOnlyDictionary<string, PropertyDiffKind> DetailedDiff,
    bool DeleteBeforeReplace)
{
    public static readonly DiffResult NoChanges = new(DiffChanges.None, [], [], new Dictionary<string, PropertyDiffKind>(), false);
}

/// <summary>Create's answer; in a preview <paramref name="Id"/> may be empty and outputs may hold unknowns.</summary>
public sealed record CreateResult(string Id, PropertyMap Outputs);

/// <summary>Read's answer; a null <paramref name="Id"/> means the resource is gone.</summary>
public sealed record ReadResult(string? Id, PropertyMap Outputs, PropertyMap Inputs)
{
    public static readonly ReadResult Gone = new(null, PropertyMap.Empty, PropertyMap.Empty);
}

public sealed record UpdateResult(PropertyMap Outputs);
