namespace Alicloud.Vpc.Client.Errors;

/// <summary>
/// One row of <see cref="ApiCodes"/>: the code as the API spells it, what it is, and (for the documented
/// DeleteExpressConnect rows) the HTTP status and what it means for the user.
/// </summary>
public sealed record ApiCode(string Code, ApiCodeKind Kind)
{
    /// <summary>The HTTP status the documentation gives (0: none documented).</summary>
    public int HttpStatus { get; init; }

    /// <summary>What the answer says about the instance, for the user.</summary>
    public string Meaning { get; init; } = "";

    /// <summary>What the provider does when it meets the code.</summary>
    public string ProviderAction { get; init; } = "";

    /// <summary>What the user can do.</summary>
    public string UserAction { get; init; } = "";

    /// <summary>A row of DeleteExpressConnect's documented error table (the seed document); the README lists these.</summary>
    public bool DeleteExpressConnectRow => HttpStatus != 0;
}
