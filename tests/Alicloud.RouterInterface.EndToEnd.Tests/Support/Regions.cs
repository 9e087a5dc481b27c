namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>The two regions the tests use: the provider's own and the one across the Express Connect link.</summary>
internal static class Regions
{
    /// <summary>The provider's configured region: every interface in the stack lives here.</summary>
    public const string Home = "cn-hangzhou";

    /// <summary>Where acceptors created outside the stack live (cross-region pairs).</summary>
    public const string Remote = "cn-shanghai";
}
