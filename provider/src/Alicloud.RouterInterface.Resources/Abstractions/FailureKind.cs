namespace Alicloud.RouterInterface.Resources.Abstractions;

/// <summary>
/// Why an operation failed, as the engine needs to know it; the protocol layer maps each kind to a gRPC status once,
/// without reading the message or knowing the cloud's error types.
/// </summary>
public enum FailureKind
{
    /// <summary>Refused or failed for good; what was changed is in the message (FailedPrecondition).</summary>
    Refused,

    /// <summary>The operation's deadline passed (DeadlineExceeded).</summary>
    TimedOut,

    /// <summary>The operation was cancelled (Cancelled).</summary>
    Cancelled,

    /// <summary>The cloud was unavailable: throttling, 503, no answer (Unavailable).</summary>
    Unavailable,

    /// <summary>The request may have been carried out (Unknown: the engine flags the resource's status as unknown).</summary>
    OutcomeUnknown,

    /// <summary>The cloud failed internally with a definite answer (Internal).</summary>
    Internal,
}
