namespace Alicloud.Vpc.Emulator.State;

/// <summary>
/// Resolves transitions lazily: status is a function of the clock. Called under the store lock before every read or
/// write, so no timers are needed and a FakeTimeProvider drives everything.
/// </summary>
internal static class TransitionSettler
{
    public static void Settle(EmulatorState state, DateTimeOffset now, Behaviour.ApiVariants variants)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(variants);
        foreach (var vpc in state.Vpcs)
        {
            Complete(vpc, now);
        }

        state.RouteEntries.RemoveAll(entry => Complete(entry, now) == Outcome.Gone);

        var gone = new List<(RouterInterfaceEntity Entity, DateTimeOffset At)>();
        foreach (var routerInterface in state.RouterInterfaces)
        {
            var previous = routerInterface.Status;
            var endsAt = routerInterface.TransitionEndsAt;
            switch (Complete(routerInterface, now))
            {
                case Outcome.Gone:
                    gone.Add((routerInterface, endsAt ?? now));
                    break;
                case Outcome.Changed when previous is StatusNames.Connecting or StatusNames.AcceptingConnecting:
                    routerInterface.ConnectedTime = endsAt;
                    break;
            }
        }

        foreach (var (routerInterface, at) in gone)
        {
            state.RouterInterfaces.Remove(routerInterface);
            state.DeletedRouterInterfaceIds.Add(routerInterface.RouterInterfaceId);
            state.RouterReleasedAt[routerInterface.RouterId] = at;
            var deletingUntil = at + variants.DeleteListingLag;
            var listedUntil = deletingUntil + variants.DeletedRowLifetime;
            if (listedUntil > at)
            {
                state.ListedDeleted.Add(new ListedDeletedRouterInterface { Entity = routerInterface, DeletingUntil = deletingUntil, ListedUntil = listedUntil });
            }
        }

        state.ListedDeleted.RemoveAll(row => row.ListedUntil <= now);
        foreach (var row in state.ListedDeleted)
        {
            row.Entity.Status = now < row.DeletingUntil ? StatusNames.Deleting : StatusNames.Deleted;
        }
    }

    private static Outcome Complete(ITransitioning entity, DateTimeOffset now)
    {
        if (entity.TransitionEndsAt is not { } endsAt || endsAt > now)
        {
            return Outcome.Unchanged;
        }

        entity.TransitionEndsAt = null;
        if (entity.TargetStatus is not { } target)
        {
            return Outcome.Gone;
        }

        entity.Status = target;
        entity.TargetStatus = null;
        return Outcome.Changed;
    }

    private enum Outcome
    {
        Unchanged,
        Changed,
        Gone,
    }
}
