using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>
/// The safety promises of a destroy, checked against the emulator's state and request log:
/// <list type="number">
/// <item>every interface whose Delete succeeded is gone, with the other end of its instance;</item>
/// <item>every other interface is unchanged (settled status, spec, name, description, charge type, opposite, router)
/// unless a failure message says it changed ("Changes made: deactivated …; DeleteExpressConnect accepted for …");</item>
/// <item>route entries disappear only with an accepted DeleteExpressConnect Force=true on their instance, sent only for
/// resources whose <c>force</c> input is true; the plugin never deletes route entries itself;</item>
/// <item>no mutating request names an end of an instance with a prepaid end.</item>
/// </list>
/// </summary>
internal static partial class DestroyInvariants
{
    /// <param name="evidence">The destroy.</param>
    /// <param name="interrupted">Resources whose delete a crash cut short (a killed plugin cannot say what it changed): their instances may have changed.</param>
    public static IReadOnlyList<string> Check(DestroyEvidence evidence, IEnumerable<string>? interrupted = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var violations = new List<string>();
        var before = evidence.Before;
        var after = evidence.After;
        var byName = evidence.Resources.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var forceById = evidence.Resources.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Any(Stacks.ForceOf), StringComparer.Ordinal);

        var allowedToChange = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in interrupted ?? [])
        {
            allowedToChange.UnionWith(before.InstanceOf(byName[name].Id));
        }

        foreach (var outcome in evidence.Result.Resources.Where(o => byName.ContainsKey(o.Name)))
        {
            var id = byName[outcome.Name].Id;
            if (outcome.Status == OutcomeStatus.Succeeded)
            {
                foreach (var end in before.InstanceOf(id))
                {
                    allowedToChange.Add(end);
                    if (after.Exists(end))
                    {
                        violations.Add($"{outcome.Name}: Delete succeeded but {end} still exists ({after.Interface(end)!.Status})");
                    }
                }
            }
            else if (outcome.Status == OutcomeStatus.Failed)
            {
                foreach (var changed in AnnouncedChanges(outcome.Error))
                {
                    allowedToChange.UnionWith(before.InstanceOf(changed));
                }
            }
        }

        foreach (var record in before.Interfaces.Values.Where(r => r.Settled != "(gone)" && !allowedToChange.Contains(r.Id)))
        {
            var now = after.Interface(record.Id);
            if (now is null || now.Fingerprint != record.Fingerprint)
            {
                violations.Add($"{record.Id} changed although no delete succeeded on it or said so: {record.Fingerprint} → {now?.Fingerprint ?? "(gone)"}");
            }
        }

        CheckRouteEntries(evidence, forceById, violations);
        CheckPrepaid(evidence, violations);
        return violations;
    }

    /// <summary>The interface IDs a failure message says were changed.</summary>
    public static IEnumerable<string> AnnouncedChanges(string? message) =>
        message is null ? [] : ChangePattern().Matches(message).Select(m => m.Groups["id"].Value);

    private static void CheckRouteEntries(DestroyEvidence evidence, Dictionary<string, bool> forceById, List<string> violations)
    {
        var deletes = evidence.PluginRequests.Where(r => r.Action == "DeleteExpressConnect").ToList();
        foreach (var forced in deletes.Where(r => IsTrue(r, "Force")))
        {
            var id = forced.Parameters.GetValueOrDefault("RouterInterfaceId", "");
            if (!forceById.GetValueOrDefault(id))
            {
                violations.Add($"DeleteExpressConnect Force=true sent for {id}, whose resource has force false (request {forced.RequestId})");
            }
        }

        var forceDeleted = deletes.Where(r => r.Code is null && IsTrue(r, "Force"))
            .SelectMany(r => evidence.Before.InstanceOf(r.Parameters.GetValueOrDefault("RouterInterfaceId", "")))
            .ToHashSet(StringComparer.Ordinal);
        // the per-end way (DeleteExpressConnect refused for the instance) removes entries itself, only for forced resources
        var removedByPlugin = evidence.PluginRequests.Where(r => r.Action == "DeleteRouteEntry" && r.Code is null)
            .Select(r => r.Parameters.GetValueOrDefault("RouteEntryId", "")).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in evidence.Before.RouteEntries.Values.Where(e => !e.IsLeaving && e.Type == "Custom"))
        {
            var removed = evidence.After.RouteEntries.GetValueOrDefault(entry.Id) is not { IsLeaving: false };
            if (removed && !entry.NextHopIds.Any(forceDeleted.Contains) && !removedByPlugin.Contains(entry.Id))
            {
                violations.Add($"route entry {entry.Id} ({entry.DestinationCidrBlock} → {string.Join(",", entry.NextHopIds)}) was removed without a forced delete of its instance");
            }
        }

        foreach (var call in evidence.PluginRequests.Where(r => r.Action is "CreateRouteEntry"))
        {
            violations.Add($"the plugin called {call.Action} (request {call.RequestId}) during a destroy");
        }

        foreach (var call in evidence.PluginRequests.Where(r => r.Action is "DeleteRouteEntry"))
        {
            var entry = evidence.Before.RouteEntries.GetValueOrDefault(call.Parameters.GetValueOrDefault("RouteEntryId", ""));
            if (entry is null || !entry.NextHopIds.Any(hop => evidence.Before.InstanceOf(hop).Any(id => forceById.GetValueOrDefault(id))))
            {
                violations.Add($"the plugin called DeleteRouteEntry (request {call.RequestId}) for an entry of no resource with force true");
            }
        }
    }

    private static void CheckPrepaid(DestroyEvidence evidence, List<string> violations)
    {
        var prepaid = evidence.Before.Interfaces.Values.Where(r => r.IsPrepaid)
            .SelectMany(r => evidence.Before.InstanceOf(r.Id))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var call in evidence.PluginRequests.Where(r => !r.Action.StartsWith("Describe", StringComparison.Ordinal)))
        {
            if (call.Parameters.Values.FirstOrDefault(prepaid.Contains) is { } touched)
            {
                violations.Add($"the plugin sent {call.Action} naming {touched}, an end of a prepaid instance (request {call.RequestId}, answer {call.Code ?? "success"})");
            }
        }
    }

    private static bool IsTrue(Testing.Emulator.EmulatorRequestRecord request, string parameter) =>
        string.Equals(request.Parameters.GetValueOrDefault(parameter), "true", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?:deactivated|DeleteExpressConnect accepted for|DeleteRouterInterface accepted for) (?<id>ri-[A-Za-z0-9]+)")]
    private static partial Regex ChangePattern();
}
