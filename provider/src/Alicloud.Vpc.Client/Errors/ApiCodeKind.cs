namespace Alicloud.Vpc.Client.Errors;

/// <summary>What an API error code means for whoever meets it: retry, wait, follow up, or stop.</summary>
public enum ApiCodeKind
{
    /// <summary>Service trouble (throttling, 5xx, no answer): the same request may succeed later; the client retries it.</summary>
    Transient,

    /// <summary>The resource or its VPC is in a state that refuses the call for now; wait for a stable state and call again.</summary>
    Busy,

    /// <summary>An earlier request with the same ClientToken is still being processed: look, then retry with that token.</summary>
    InProgress,

    /// <summary>The API does not know the resource: confirm by describing it.</summary>
    NotFound,

    /// <summary>A subscription (prepaid) instance: the API refuses to delete it.</summary>
    Prepaid,

    /// <summary>A definite refusal that waiting does not change.</summary>
    Final,
}
