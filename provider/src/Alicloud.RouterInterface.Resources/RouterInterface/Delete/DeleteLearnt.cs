using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>
/// What the process knows when the planner is asked: the time, the transition times learnt so far, a uniform sample in
/// [0, 1) for this turn's jitter, and the wait options.
/// </summary>
public sealed record DeleteLearnt(DateTimeOffset Now, TransitionTimes Transitions, double Jitter, LifecycleOptions Options);
