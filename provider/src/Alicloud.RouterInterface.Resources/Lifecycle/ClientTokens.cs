namespace Alicloud.RouterInterface.Resources.Lifecycle;

/// <summary>Idempotency tokens: ASCII, at most 64 characters, unique per logical request.</summary>
public static class ClientTokens
{
    public static string New(string purpose) => $"pulumi-ri-{purpose}-{Guid.NewGuid():N}";
}
