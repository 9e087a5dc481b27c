using Alicloud.RouterInterface.Resources.Lifecycle;

namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>One observation of both ends (the opposite is null when no opposite end is known).</summary>
public sealed record DeleteObservation(EndObservation Self, EndObservation? Opposite)
{
    public IEnumerable<EndObservation> Ends => Opposite is null ? [Self] : [Self, Opposite];

    public IEnumerable<EndObservation> ExistingEnds => Ends.Where(e => e.Exists);

    /// <summary>
    /// The listed ends of the Express Connect instance of this end, the ones one DeleteExpressConnect removes ("including
    /// the initiator and acceptor", the seed): this end, and the opposite only when it names this end back. An acceptor
    /// that never learnt the initiator's ID (a pair never connected) is an instance of its own, with route entries of
    /// its own that only its own resource's <c>force</c> may remove.
    /// </summary>
    public IEnumerable<EndObservation> InstanceEnds => ExistingEnds.Where(e =>
        e.End == InterfaceEnd.ThisEnd || string.Equals(e.Info!.OppositeInterfaceId, Self.Key.Id, StringComparison.Ordinal));

    /// <summary>Either end is listed as part of a fast-link instance.</summary>
    public bool IsFastLink => Ends.Any(e => e.IsFastLink);

    public override string ToString() => string.Join(", ", Ends);
}
