namespace Alicloud.RouterInterface.Bench;

/// <summary>Everything measured for one scenario.</summary>
public sealed record ScenarioResult
{
    public required Scenario Scenario { get; init; }

    public required IReadOnlyDictionary<string, double> Transitions { get; init; }

    /// <summary>Median round trip of one DescribeRouterInterfaces call to the emulator (ms), measured before the destroy.</summary>
    public required double RoundTripMs { get; init; }

    /// <summary>How long a deleted interface still lists as Deleting (the emulator's B5 variant); part of the bound's Deleting.</summary>
    public required double DeleteListingLagSeconds { get; init; }

    public required LowerBoundFigures Bound { get; init; }

    public required DestroyFigures Ours { get; init; }

    public DestroyFigures? Terraform { get; init; }

    public double WallOverBound => Ours.WallSeconds / Bound.Seconds;

    public double? OursOverTerraform => Terraform is { } tf ? Ours.WallSeconds / tf.WallSeconds : null;

    public double CallsPerPair => Ours.Requests.Total / (double)Scenario.Pairs;

    /// <summary>Share of our calls the emulator answered with a throttling code.</summary>
    public double ThrottledShare => Ours.Requests.Total == 0 ? 0 : Ours.Requests.ThrottlingAnswers / (double)Ours.Requests.Total;

    /// <summary>Issue 26's goal for this scenario, reported beside the figures (null when it set none).</summary>
    public IssueGoal? Goal => IssueGoals.For(Scenario.Name);
}
