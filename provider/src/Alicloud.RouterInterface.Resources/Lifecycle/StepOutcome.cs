namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>What one step of an operation found: done, or what it waits for and when to go on.</summary>
public abstract record StepOutcome
{
    public static readonly StepOutcome Completed = new Done();

    /// <summary>Look again after <paramref name="after"/> (served by the shared poller, which may batch the look).</summary>
    public static StepOutcome LookAgain(string? waitingFor, TimeSpan after) => new Pending(waitingFor, after, LookFirst: true);

    /// <summary>Act again after <paramref name="after"/> without a look first (the runner waits).</summary>
    public static StepOutcome ActAgain(string? waitingFor, TimeSpan after) => new Pending(waitingFor, after, LookFirst: false);

    private sealed record Done : StepOutcome;
}

/// <summary>
/// Not done: <see cref="WaitingFor"/> is the status line (null: keep the current one), <see cref="After"/> the delay
/// to the next step; <see cref="LookFirst"/> tells whether that step begins with a look at the cloud.
/// </summary>
public sealed record Pending(string? WaitingFor, TimeSpan After, bool LookFirst) : StepOutcome;
