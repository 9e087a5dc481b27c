using System.Globalization;
using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Reliability.Tests.Soak;

/// <summary>A fault rule of a run, with the kind it counts as; its Message identifies it in the emulator's rule list.</summary>
internal sealed record InjectedFault(string Kind, FaultRule Rule)
{
    public static readonly string[] Kinds =
    [
        "Throttling.User", "InternalError", "ServiceUnavailable", "OperationFailed.OperationLocked", "IncorrectStatus.Vpc", "Latency", "DropConnection",
    ];

    /// <summary>Actions the delete calls; "*" is any of them.</summary>
    private static readonly string[] s_deleteActions =
    [
        "DescribeRouterInterfaces", "DescribeRouteTableList", "DescribeRouteEntryList", "DeactivateRouterInterface", "DeleteExpressConnect", "*",
    ];

    /// <summary>Zero to four random rules, each firing at most three times (so a run always can finish).</summary>
    public static IReadOnlyList<InjectedFault> RandomPlan(Random random, int run)
    {
        ArgumentNullException.ThrowIfNull(random);
        var count = random.Next(0, 5);
        return [.. Enumerable.Range(0, count).Select(i => Random(random, $"soak run {run.ToString(CultureInfo.InvariantCulture)} fault {i.ToString(CultureInfo.InvariantCulture)}"))];
    }

    private static InjectedFault Random(Random random, string id)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        var rule = new FaultRule
        {
            Message = id,
            Count = random.Next(1, 4),
            Probability = Math.Round(0.4 + (random.NextDouble() * 0.6), 2),
        };
        rule = kind switch
        {
            // only the mutating calls answer these
            "OperationFailed.OperationLocked" => rule with { Code = kind, Action = random.NextDouble() < 0.5 ? "DeactivateRouterInterface" : "DeleteExpressConnect" },
            "IncorrectStatus.Vpc" => rule with { Code = kind, Action = "DeleteExpressConnect" },
            "Latency" => rule with { LatencyMs = random.Next(50, 800), Action = AnyAction(random) },
            "DropConnection" => rule with { DropConnection = true, Action = AnyAction(random) },
            _ => rule with { Code = kind, Action = AnyAction(random) },
        };
        return new InjectedFault(kind, rule);
    }

    private static string AnyAction(Random random) => s_deleteActions[random.Next(s_deleteActions.Length)];

    public override string ToString() => $"{Kind} on {Rule.Action} ×{Rule.Count} p={Rule.Probability}";
}
