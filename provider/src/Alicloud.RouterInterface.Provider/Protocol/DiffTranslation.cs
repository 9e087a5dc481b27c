using Alicloud.RouterInterface.Resources.Abstractions;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>A domain <see cref="DiffResult"/> as the wire's <see cref="DiffResponse"/>.</summary>
internal static class DiffTranslation
{
    public static DiffResponse ToResponse(DiffResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var response = new DiffResponse
        {
            Changes = result.Changes switch
            {
                DiffChanges.None => DiffResponse.Types.DiffChanges.DiffNone,
                DiffChanges.Some => DiffResponse.Types.DiffChanges.DiffSome,
                _ => DiffResponse.Types.DiffChanges.DiffUnknown,
            },
            DeleteBeforeReplace = result.DeleteBeforeReplace,

            // Claim a detailed diff only when there is one, so the proto's diffs/detailedDiff invariant holds.
            HasDetailedDiff = result.DetailedDiff.Count > 0,
        };
        response.Replaces.AddRange(result.Replaces);
        response.Diffs.AddRange(result.Diffs);
        foreach (var (path, kind) in result.DetailedDiff)
        {
            // The differ compares old inputs with new inputs; with inputDiff false the engine would take the old value
            // from the outputs (pkg/engine/detailedDiff.go).
            response.DetailedDiff[path] = new PropertyDiff { Kind = ToKind(kind), InputDiff = true };
        }

        return response;
    }

    private static PropertyDiff.Types.Kind ToKind(PropertyDiffKind kind) => kind switch
    {
        PropertyDiffKind.Add => PropertyDiff.Types.Kind.Add,
        PropertyDiffKind.AddReplace => PropertyDiff.Types.Kind.AddReplace,
        PropertyDiffKind.Delete => PropertyDiff.Types.Kind.Delete,
        PropertyDiffKind.DeleteReplace => PropertyDiff.Types.Kind.DeleteReplace,
        PropertyDiffKind.Update => PropertyDiff.Types.Kind.Update,
        PropertyDiffKind.UpdateReplace => PropertyDiff.Types.Kind.UpdateReplace,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown property diff kind."),
    };
}
