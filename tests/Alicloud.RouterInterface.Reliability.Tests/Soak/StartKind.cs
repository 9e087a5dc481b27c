namespace Alicloud.RouterInterface.Reliability.Tests.Soak;

/// <summary>The starting states a destroy meets.</summary>
internal enum StartKind
{
    /// <summary>An initiator on its own, never connected.</summary>
    IdleSingle,

    /// <summary>Acceptor and initiator created, not connected (two separate instances).</summary>
    IdlePair,

    /// <summary>A connected pair: both ends Active.</summary>
    ActivePair,

    /// <summary>A connected pair with one end being deactivated (outside the stack) when the destroy starts.</summary>
    DeactivatingPair,

    /// <summary>A subscription (prepaid) initiator on its own.</summary>
    Prepaid,

    /// <summary>A connected pair whose initiator is prepaid.</summary>
    PrepaidPair,

    /// <summary>An initiator deleted outside the stack just before the destroy.</summary>
    AlreadyGone,
}
