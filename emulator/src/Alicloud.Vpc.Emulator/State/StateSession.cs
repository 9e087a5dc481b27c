namespace Alicloud.Vpc.Emulator.State;

/// <summary>What an action sees while it holds the store lock: the data, the settled "now", the durations and limits.</summary>
internal sealed class StateSession(EmulatorState data, DateTimeOffset now, TransitionDurations durations, EmulatorLimits limits, Behaviour.ApiVariants variants, Behaviour.EmulatorBehaviour behaviour)
{
    /// <summary>The holder of the variants (for rotations that span requests).</summary>
    public Behaviour.EmulatorBehaviour Behaviour { get; } = behaviour;

    /// <summary>The variants in force for this request (one snapshot for its whole run).</summary>
    public Behaviour.ApiVariants Variants { get; } = variants;

    public EmulatorState Data { get; } = data;

    public DateTimeOffset Now { get; } = now;

    public EmulatorLimits Limits { get; } = limits;

    /// <summary>Puts the entity into <paramref name="via"/> until the duration named <paramref name="durationName"/> has passed.</summary>
    public void Begin(ITransitioning entity, string via, string? target, string durationName)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.Status = via;
        entity.TargetStatus = target;
        entity.TransitionEndsAt = Now + durations.Get(durationName);
    }

    /// <summary>Applies the table entry for (trigger, current status); false when the table has none.</summary>
    public bool TryTrigger(RouterInterfaceEntity routerInterface, RouterInterfaceTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(routerInterface);
        if (RouterInterfaceLifecycle.Find(trigger, routerInterface.Status) is not { } transition)
        {
            return false;
        }

        Begin(routerInterface, transition.Via, transition.To, transition.Via);
        routerInterface.ModifiedTime = Now;
        return true;
    }
}
