using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>What a fault-free re-run of destroy left: resources gone, refusals the cloud's state justifies, and the rest.</summary>
internal sealed record ConvergenceReport(int Gone, int JustifiedRefusals, IReadOnlyList<string> NonConverging);

/// <summary>
/// A destroy re-run without faults must converge: every resource is gone from the stack and the cloud, except those
/// refused for a reason that still holds (a prepaid end: PrepaidInstance; route entries on an end with force false:
/// RouteEntriesPresent) and those the engine skipped because a refused resource depends on them.
/// </summary>
internal static class Convergence
{
    public static ConvergenceReport Check(IReadOnlyList<StackResource> before, StackState state, OperationResult rerun, EmulatorSnapshot cloud)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(rerun);
        ArgumentNullException.ThrowIfNull(cloud);
        var problems = new List<string>();
        var remaining = state.Resources;
        var refused = new List<StackResource>();
        foreach (var resource in remaining)
        {
            var outcome = rerun.Resources.LastOrDefault(o => o.Urn == resource.Urn);
            if (outcome?.Status == OutcomeStatus.Failed && Justification(resource, outcome.Error ?? "", cloud) is { } problem)
            {
                problems.Add($"{resource.Name}: {problem}");
            }
            else if (outcome?.Status == OutcomeStatus.Failed)
            {
                refused.Add(resource);
            }
        }

        foreach (var resource in remaining.Where(r => rerun.Resources.LastOrDefault(o => o.Urn == r.Urn)?.Status != OutcomeStatus.Failed))
        {
            var dependedOnByRefused = refused.Any(r => r.Dependencies.Contains(resource.Urn));
            if (!dependedOnByRefused)
            {
                problems.Add($"{resource.Name}: still in the stack after the re-run ({rerun.Resources.LastOrDefault(o => o.Urn == resource.Urn)?.ToString() ?? "no step"})");
            }
        }

        var goneResources = before.Where(b => remaining.All(r => r.Urn != b.Urn)).ToList();
        foreach (var resource in goneResources.Where(r => cloud.Exists(r.Id)))
        {
            problems.Add($"{resource.Name}: left the stack but {resource.Id} still exists ({cloud.Interface(resource.Id)!.Status})");
        }

        return new ConvergenceReport(goneResources.Count, refused.Count, problems);
    }

    /// <summary>Null when the refusal is justified by the cloud's state, else why not.</summary>
    private static string? Justification(StackResource resource, string error, EmulatorSnapshot cloud)
    {
        var ends = EndsOf(resource, cloud);
        if (error.StartsWith("PrepaidInstance:", StringComparison.Ordinal))
        {
            return ends.Any(id => cloud.Interface(id)?.IsPrepaid == true) ? null : $"refused as prepaid, but no end of {string.Join("/", ends)} is prepaid: {error}";
        }

        if (error.StartsWith("RouteEntriesPresent:", StringComparison.Ordinal))
        {
            if (Stacks.ForceOf(resource))
            {
                return $"refused for route entries although force is true: {error}";
            }

            return ends.Any(id => cloud.RouteEntriesTo(id).Any()) ? null : $"refused for route entries, but none points to {string.Join("/", ends)}: {error}";
        }

        return $"did not converge: {error}";
    }

    /// <summary>The ends the delete looks at: the interface, the opposite named by its inputs, the opposite the cloud reports.</summary>
    private static IReadOnlyList<string> EndsOf(StackResource resource, EmulatorSnapshot cloud)
    {
        var ends = new List<string> { resource.Id };
        if (PropertyValues.GetString(resource.Inputs, "oppositeInterfaceId") is { Length: > 0 } fromInputs)
        {
            ends.Add(fromInputs);
        }

        if (cloud.Interface(resource.Id)?.OppositeInterfaceId is { Length: > 0 } reported)
        {
            ends.Add(reported);
        }

        return [.. ends.Distinct(StringComparer.Ordinal).Where(cloud.Exists)];
    }
}
