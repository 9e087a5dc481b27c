namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>How the delete treats an error answer of DeleteExpressConnect, from the code's kind in <see cref="ApiCodes"/>.</summary>
public enum DeleteErrorHandling
{
    /// <summary>Back to waiting (with backoff), then retry with a new ClientToken.</summary>
    WaitAndRetry,

    /// <summary>The attempt may have gone through: re-observe, retry with the same ClientToken (bounded).</summary>
    RetrySameToken,

    /// <summary>A subscription end: the prepaid diagnostic.</summary>
    Prepaid,

    /// <summary>Re-observe: both ends gone is success, otherwise the row's diagnostic.</summary>
    ConfirmGone,

    /// <summary>Refused for this kind of instance (B1, B7): go on one end at a time.</summary>
    PerEnd,

    /// <summary>Fail with the row's diagnostic; nothing more is changed.</summary>
    Fail,
}
