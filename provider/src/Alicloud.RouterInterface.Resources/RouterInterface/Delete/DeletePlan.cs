using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// The planner's answer: the delete's next progress (its <see cref="DeleteProgress.Due"/> is the action to take without
/// a look, if any) and when the step goes on (<see cref="Next"/>), or the end of the delete (<see cref="Final"/>: a
/// <see cref="CompleteDelete"/> or <see cref="RefuseDelete"/>); <see cref="Events"/> are what the step records.
/// </summary>
public sealed record DeletePlan(DeleteProgress Progress, StepOutcome? Next)
{
    public DeleteAction? Final { get; init; }

    public IReadOnlyList<DeleteEvent> Events { get; init; } = [];
}
