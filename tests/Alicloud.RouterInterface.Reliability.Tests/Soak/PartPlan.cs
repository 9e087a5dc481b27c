namespace Alicloud.RouterInterface.Reliability.Tests.Soak;

/// <summary>One piece of a run's starting state: its kind, the force inputs, route entries on either end.</summary>
internal sealed record PartPlan(int Index, StartKind Kind, bool InitiatorForce, bool AcceptorForce, int InitiatorRoutes, int AcceptorRoutes, bool DeactivateInitiator)
{
    public bool IsPair => Kind is StartKind.IdlePair or StartKind.ActivePair or StartKind.DeactivatingPair or StartKind.PrepaidPair;

    public bool Connected => Kind is StartKind.ActivePair or StartKind.DeactivatingPair or StartKind.PrepaidPair;

    public bool PrepaidInitiator => Kind is StartKind.Prepaid or StartKind.PrepaidPair;

    public string InitiatorName => $"p{Index}-{Kind}-initiator";

    public string AcceptorName => $"p{Index}-{Kind}-acceptor";

    /// <summary>A random part; route entries are added in about half of them.</summary>
    public static PartPlan Random(int index, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var kinds = Enum.GetValues<StartKind>();
        var kind = kinds[random.Next(kinds.Length)];
        var pair = kind is StartKind.IdlePair or StartKind.ActivePair or StartKind.DeactivatingPair or StartKind.PrepaidPair;
        var routes = kind != StartKind.AlreadyGone && random.NextDouble() < 0.5;
        return new PartPlan(
            index,
            kind,
            InitiatorForce: random.NextDouble() < 0.5,
            AcceptorForce: random.NextDouble() < 0.5,
            InitiatorRoutes: routes && (!pair || random.NextDouble() < 0.6) ? random.Next(1, 3) : 0,
            AcceptorRoutes: routes && pair && random.NextDouble() < 0.6 ? random.Next(1, 3) : 0,
            DeactivateInitiator: random.NextDouble() < 0.5);
    }

    public override string ToString() =>
        $"{Kind}(force i={InitiatorForce}{(IsPair ? $"/a={AcceptorForce}" : "")}, routes i={InitiatorRoutes}{(IsPair ? $"/a={AcceptorRoutes}" : "")}"
        + (Kind == StartKind.DeactivatingPair ? $", deactivating {(DeactivateInitiator ? "initiator" : "acceptor")}" : "") + ")";
}
