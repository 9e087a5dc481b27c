namespace Alicloud.Vpc.Emulator.State;

/// <summary>
/// An entity that can be in a transitional status. While <see cref="TransitionEndsAt"/> is set the entity shows
/// <see cref="Status"/> and becomes <see cref="TargetStatus"/> at that instant (null target: it disappears).
/// </summary>
internal interface ITransitioning
{
    string Status { get; set; }

    string? TargetStatus { get; set; }

    DateTimeOffset? TransitionEndsAt { get; set; }
}
